package com.acme.crm.customer.customer;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Everyday commands on a customer: a contact (B-1, C-6, C-2), a pause on request (C-6), pinning A (C-1) and naming
 * the dedicated account manager (C-3). Each runs in one transaction with its event and audit entry.
 */
@Service
public class CustomerCommands {

    private final CustomerAccess access;
    private final CustomerChanges changes;
    private final FollowUps followUps;
    private final Tasks tasks;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final CustomerProperties properties;

    CustomerCommands(CustomerAccess access, CustomerChanges changes, FollowUps followUps, Tasks tasks,
                     TransactionalOperator transactions, Clock clock, CustomerProperties properties) {
        this.access = access;
        this.changes = changes;
        this.followUps = followUps;
        this.tasks = tasks;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /** B-1, C-6: records a call, e-mail or WeChat message; it completes the due cadence contact (C-2). */
    public Mono<Customer> recordContact(UUID id, String channel, boolean customerInitiated, @Nullable Instant at,
                                        @Nullable String note, CrmUser user) {
        Instant now = clock.instant();
        Instant when = at == null ? now : at;
        return command(id, user, customer -> {
            customer.recordContact(when, !customerInitiated, now, properties.businessZone());
            return followUps.contacted(customer, false, now)
                    .then(changes.saveQuietly(customer, user.id(), "CONTACTED",
                            Map.of("channel", channel, "customerInitiated", customerInitiated)));
        });
    }

    /** C-6: "not needed for now": outbound follow-ups pause for 1-2 months (45 days unless said otherwise). */
    public Mono<Customer> pause(UUID id, @Nullable Integer days, @Nullable String reason, CrmUser user) {
        Duration length = days == null ? properties.pauseDefault() : Duration.ofDays(days);
        Instant now = clock.instant();
        return command(id, user, customer -> {
            Instant until = customer.pause(length, properties.pauseMin(), properties.pauseMax(), now);
            return changes.save(customer, new CustomerEvent.Paused(customer, until, now), user.id(), "PAUSED",
                    Map.of("until", until.toString(), "reason", reason == null ? "" : reason));
        });
    }

    /** C-1: a manager pins A for a strategic partner or a high-growth customer, with the reason. */
    public Mono<Customer> pinTierA(UUID id, String reason, CrmUser user) {
        requireManager(user, "C-1: only a manager pins a tier");
        return command(id, user, customer -> {
            Tier previous = customer.tier();
            customer.pinA(reason, properties.tierPolicy());
            return save(customer, previous, user, "TIER_PINNED", Map.of("reason", reason));
        });
    }

    public Mono<Customer> unpinTier(UUID id, CrmUser user) {
        requireManager(user, "C-1: only a manager unpins a tier");
        return command(id, user, customer -> {
            Tier previous = customer.tier();
            customer.unpin(properties.tierPolicy());
            return save(customer, previous, user, "TIER_UNPINNED", Map.of());
        });
    }

    /** C-3: a manager names the customer's dedicated account manager; the reminder task closes. */
    public Mono<Customer> assignAccountManager(UUID id, String accountManager, CrmUser user) {
        requireManager(user, "C-3: only a manager names the account manager");
        return command(id, user, customer -> {
            customer.assignAccountManager(accountManager);
            return tasks.close(id, List.of(TaskKind.ASSIGN_ACCOUNT_MANAGER), clock.instant())
                    .then(changes.saveQuietly(customer, user.id(), "ACCOUNT_MANAGER_ASSIGNED",
                            Map.of("accountManager", accountManager)));
        });
    }

    private Mono<Customer> save(Customer customer, Tier previous, CrmUser user, String action, Map<String, ?> details) {
        return previous == customer.tier() ? changes.saveQuietly(customer, user.id(), action, details)
                : changes.save(customer, new CustomerEvent.TierChanged(customer, previous, clock.instant()), user.id(),
                        action, details);
    }

    private static void requireManager(CrmUser user, String message) {
        if (!user.hasAny(Role.SALES_MANAGER, Role.SALES_DIRECTOR, Role.GENERAL_MANAGER)) {
            throw new AccessDeniedException(message);
        }
    }

    private Mono<Customer> command(UUID id, CrmUser user, Function<Customer, Mono<Customer>> change) {
        return transactions.transactional(access.workable(id, user).flatMap(change));
    }
}
