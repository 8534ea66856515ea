package com.acme.crm.customer.tier;

import com.acme.crm.customer.customer.CustomerChanges;
import com.acme.crm.customer.customer.CustomerEvent;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.CustomerState;
import com.acme.crm.customer.customer.Customers;
import com.acme.crm.customer.customer.TierPolicy;
import com.acme.crm.customer.followup.Task;
import com.acme.crm.customer.followup.TaskKind;
import com.acme.crm.customer.followup.Tasks;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * C-1: tiers from trailing-12-month purchases, recomputed when an order is signed or paid and by the nightly job
 * ({@link TierJobs#recomputeTiers}: purchases age out of the window); a change publishes {@code CustomerTierChanged}.
 * C-3: a customer above the account-manager threshold without one gets a task to name one. C-9: a purchase ends
 * dormancy.
 */
@Service
public class Tiers {

    private final Customers customers;
    private final Tasks tasks;
    private final CustomerChanges changes;
    private final Clock clock;
    private final CustomerProperties properties;

    Tiers(Customers customers, Tasks tasks, CustomerChanges changes, Clock clock, CustomerProperties properties) {
        this.customers = customers;
        this.tasks = tasks;
        this.changes = changes;
        this.clock = clock;
        this.properties = properties;
    }

    /** An order was signed: its amount counts once (the order id is the key), then the tier is recomputed. */
    public Mono<Void> orderSigned(UUID orderId, UUID customerId, BigDecimal amount, Instant signedAt) {
        return customers.recordPurchase(orderId, customerId, amount, signedAt)
                .flatMap(recorded -> recorded ? recompute(customerId) : Mono.empty());
    }

    /** Recomputes one customer's tier inside the caller's transaction. */
    public Mono<Void> recompute(UUID customerId) {
        Instant now = clock.instant();
        TierPolicy policy = properties.tierPolicy();
        return customers.findById(customerId).flatMap(customer -> customers.purchases(customerId,
                now.minus(properties.tierWindow())).flatMap(purchases -> {
            Optional<CustomerEvent.TierChanged> changed = customer.recordPurchases(purchases.trailing(),
                    purchases.lastPurchaseAt(), policy, now);
            Mono<Void> accountManager = policy.needsAccountManager(purchases.trailing())
                    && customer.accountManagerId() == null
                    ? tasks.hasOpen(customerId, TaskKind.ASSIGN_ACCOUNT_MANAGER).flatMap(open -> open ? Mono.empty()
                            : tasks.openAll(List.of(Task.open(customer, TaskKind.ASSIGN_ACCOUNT_MANAGER, now, null, now,
                                    "annual purchases above " + policy.accountManagerAbove() + ": name a dedicated "
                                            + "account manager (C-3)"))))
                    : Mono.empty();
            Map<String, Object> details = Map.of("trailing", purchases.trailing().toPlainString(),
                    "tier", customer.tier().name());
            Mono<CustomerState> saved = changed
                    .map(event -> changes.save(customer, event, "system", "TIER_CHANGED", details))
                    .orElseGet(() -> changes.saveQuietly(customer, "system", "PURCHASES_UPDATED", details));
            return accountManager.then(saved).then();
        }));
    }
}
