package com.acme.crm.customer.tier;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerAccess;
import com.acme.crm.customer.customer.CustomerChanges;
import com.acme.crm.customer.customer.CustomerEvent;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.CustomerState;
import com.acme.crm.customer.followup.TaskKind;
import com.acme.crm.customer.followup.Tasks;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A manager's say on key accounts: pinning A (C-1) and naming the dedicated account manager (C-3). Each runs in one
 * transaction with its event (when the tier moves) and audit entry.
 */
@Service
public class TierCommands {

    private final CustomerAccess access;
    private final CustomerChanges changes;
    private final Tasks tasks;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final CustomerProperties properties;

    TierCommands(CustomerAccess access, CustomerChanges changes, Tasks tasks, TransactionalOperator transactions,
                 Clock clock, CustomerProperties properties) {
        this.access = access;
        this.changes = changes;
        this.tasks = tasks;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /** C-1: a manager pins A for a strategic partner or a high-growth customer, with the reason. */
    public Mono<CustomerState> pinTierA(UUID id, String reason, CrmUser user) {
        requireManager(user, "C-1: only a manager pins a tier");
        Instant now = clock.instant();
        return command(id, user, customer -> save(customer,
                customer.pinA(reason, properties.tierPolicy(), now), user, "TIER_PINNED", Map.of("reason", reason)));
    }

    /** C-1: the pin is lifted; the tier follows purchases again. */
    public Mono<CustomerState> unpinTier(UUID id, CrmUser user) {
        requireManager(user, "C-1: only a manager unpins a tier");
        Instant now = clock.instant();
        return command(id, user, customer -> save(customer, customer.unpin(properties.tierPolicy(), now), user,
                "TIER_UNPINNED", Map.of()));
    }

    /** C-3: a manager names the customer's dedicated account manager; the reminder task closes. */
    public Mono<CustomerState> assignAccountManager(UUID id, String accountManager, CrmUser user) {
        requireManager(user, "C-3: only a manager names the account manager");
        Instant now = clock.instant();
        return command(id, user, customer -> {
            CustomerEvent.AccountManagerAssigned assigned = customer.assignAccountManager(accountManager, now);
            return tasks.close(id, List.of(TaskKind.ASSIGN_ACCOUNT_MANAGER), now)
                    .then(changes.saveQuietly(customer, user.id(), "ACCOUNT_MANAGER_ASSIGNED",
                            Map.of("accountManager", assigned.accountManagerId())));
        });
    }

    private Mono<CustomerState> save(Customer customer, Optional<CustomerEvent.TierChanged> changed, CrmUser user,
                                     String action, Map<String, ?> details) {
        return changed.map(event -> changes.save(customer, event, user.id(), action, details))
                .orElseGet(() -> changes.saveQuietly(customer, user.id(), action, details));
    }

    private static void requireManager(CrmUser user, String message) {
        if (!user.hasAny(Role.SALES_MANAGER, Role.SALES_DIRECTOR, Role.GENERAL_MANAGER)) {
            throw new AccessDeniedException(message);
        }
    }

    private Mono<CustomerState> command(UUID id, CrmUser user, Function<Customer, Mono<CustomerState>> change) {
        return transactions.transactional(access.workable(id, user).flatMap(change));
    }
}
