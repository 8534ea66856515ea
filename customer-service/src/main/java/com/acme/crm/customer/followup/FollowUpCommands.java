package com.acme.crm.customer.followup;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerAccess;
import com.acme.crm.customer.customer.CustomerChanges;
import com.acme.crm.customer.customer.CustomerEvent;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.CustomerState;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A rep's touches and a customer's pause: a contact (B-1, C-6) completes the due cadence contact (C-2); "not needed
 * for now" pauses follow-ups (C-6). Each runs in one transaction with its event and audit entry.
 */
@Service
public class FollowUpCommands {

    private final CustomerAccess access;
    private final CustomerChanges changes;
    private final FollowUps followUps;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final CustomerProperties properties;

    FollowUpCommands(CustomerAccess access, CustomerChanges changes, FollowUps followUps,
                     TransactionalOperator transactions, Clock clock, CustomerProperties properties) {
        this.access = access;
        this.changes = changes;
        this.followUps = followUps;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * B-1, C-6: records a call, e-mail or WeChat message; it completes the due cadence contact (C-2) and publishes
     * CustomerContacted, which puts a phone touch in the rep's call log.
     */
    public Mono<CustomerState> recordContact(UUID id, String channel, boolean customerInitiated, @Nullable Instant at,
                                             @Nullable String note, CrmUser user) {
        Instant now = clock.instant();
        Instant when = at == null ? now : at;
        return command(id, user, customer -> {
            CustomerEvent.Contacted contacted = customer.touch(channel, when, customerInitiated, user.id(), now,
                    properties.businessZone());
            return followUps.contacted(customer, false, now)
                    .then(changes.save(customer, contacted, user.id(), "CONTACTED",
                            Map.of("channel", channel, "customerInitiated", customerInitiated)));
        });
    }

    /** C-6: "not needed for now": outbound follow-ups pause for 1-2 months (45 days unless said otherwise). */
    public Mono<CustomerState> pause(UUID id, @Nullable Integer days, @Nullable String reason, CrmUser user) {
        Duration length = days == null ? properties.pauseDefault() : Duration.ofDays(days);
        Instant now = clock.instant();
        return command(id, user, customer -> {
            CustomerEvent.Paused paused = customer.pause(length, properties.pauseMin(), properties.pauseMax(), now);
            return changes.save(customer, paused, user.id(), "PAUSED",
                    Map.of("until", paused.until().toString(), "reason", reason == null ? "" : reason));
        });
    }

    private Mono<CustomerState> command(UUID id, CrmUser user, Function<Customer, Mono<CustomerState>> change) {
        return transactions.transactional(access.workable(id, user).flatMap(change));
    }
}
