package com.acme.crm.customer.keyaccount;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.CustomerAccess;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.followup.Tasks;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * C-12 for people: a manager's view of the quarter's business reviews (within the data scope), and the owner (or
 * anyone who works the customer) marking the customer's open rhythm task of a kind done, audited.
 */
@Service
public class KeyAccountService {

    private final KeyAccounts keyAccounts;
    private final CustomerAccess access;
    private final Tasks tasks;
    private final AuditLog audit;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final CustomerProperties customerProperties;

    KeyAccountService(KeyAccounts keyAccounts, CustomerAccess access, Tasks tasks, AuditLog audit,
                      TransactionalOperator transactions, Clock clock, CustomerProperties customerProperties) {
        this.keyAccounts = keyAccounts;
        this.access = access;
        this.tasks = tasks;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.customerProperties = customerProperties;
    }

    /** C-12: the quarter's ({@code null}: the current one's) business reviews, one page; {@code quarter} is YYYY-Qn. */
    public Mono<Reviews> reviews(@Nullable String quarter, @Nullable String team, @Nullable Integer page,
                                 @Nullable Integer size, CrmUser user) {
        DataScope scope = DataScope.of(user);
        if (scope.isNone()) {
            return Mono.error(new AccessDeniedException("No customer data scope for these roles"));
        }
        Instant now = clock.instant();
        Quarter asked;
        try {
            asked = quarter == null || quarter.isBlank()
                    ? Quarter.of(now.atZone(customerProperties.businessZone()).toLocalDate()) : Quarter.parse(quarter);
        } catch (IllegalArgumentException e) {
            return Mono.error(new InvalidFieldException("quarter", e.getMessage()));
        }
        PageRequest pageRequest = PageRequest.of(page, size, 50, customerProperties.maxPageSize());
        return keyAccounts.reviews(asked, team, scope, now, pageRequest)
                .map(found -> new Reviews(asked.toString(), found));
    }

    /** C-12: closes the customer's open tasks of this rhythm kind (the review or the conversation was held). */
    public Mono<Void> complete(UUID customerId, RhythmTask task, CrmUser user) {
        Instant now = clock.instant();
        return transactions.transactional(access.workable(customerId, user)
                .flatMap(customer -> tasks.close(customerId, List.of(task.kind()), now))
                .then(audit.record(user.id(), "RHYTHM_TASK_DONE", "customer", customerId,
                        Map.of("kind", task.name()))));
    }

    /** One page of a quarter's business reviews. */
    public record Reviews(String quarter, PageResponse<KeyAccounts.ReviewRow> page) {
    }
}
