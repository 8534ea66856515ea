package com.acme.crm.customer.profile;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.customer.customer.ContactPerson;
import com.acme.crm.customer.customer.CustomerAccess;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.Customers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * C-11: replaces a customer's profile, versioned: the caller names the version it read, a stale one is a 409. The
 * customer is locked for the transaction (as every customer command does), the profile and its birthdays stored
 * and the change audited on the customer's trail (the fields that changed, never their values) in one transaction;
 * a refusal writes nothing. No event: nothing outside customer-service needs the profile, and birthdays never leave
 * the sales department (B-3).
 */
@Service
public class ProfileCommands {

    private final CustomerAccess access;
    private final Customers customers;
    private final Profiles profiles;
    private final AuditLog audit;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final CustomerProperties customerProperties;

    ProfileCommands(CustomerAccess access, Customers customers, Profiles profiles, AuditLog audit,
                    TransactionalOperator transactions, Clock clock, CustomerProperties customerProperties) {
        this.access = access;
        this.customers = customers;
        this.profiles = profiles;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.customerProperties = customerProperties;
    }

    /** C-11: the profile after the revision; {@code expectedVersion} is the version the caller read (0: none yet). */
    public Mono<ProfileQueries.Shown> update(UUID customerId, CustomerProfile.Revision revision, long expectedVersion,
                                             CrmUser user) {
        boolean seesContactData = CustomerAccess.seesContactData(user);
        if (revision.birthdays() != null && !seesContactData) {
            return Mono.error(new ForbiddenByRule("B-3", "birthdays: contact persons' birthdays are changed by the "
                    + "sales department only; leave them out to keep them"));
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(customerProperties.businessZone()).toLocalDate();
        return transactions.transactional(access.workable(customerId, user)
                .then(ProfileQueries.current(customerId, customers, profiles))
                .flatMap(current -> {
                    CustomerProfile profile = CustomerProfile.restore(current.profile());
                    long previous = profile.version();
                    List<UUID> contacts = current.people().stream().map(ContactPerson::id).toList();
                    List<String> changed;
                    try {
                        changed = profile.revise(revision, expectedVersion, contacts, today, user.id(), now);
                    } catch (CustomerProfile.StaleProfile e) {
                        return Mono.error(new ConflictException(e.getMessage()));
                    } catch (CustomerProfile.InvalidProfile e) {
                        return Mono.error(new InvalidFieldException(e.field(), e.getMessage()));
                    }
                    return profiles.save(profile.state(), previous)
                            .then(audit.record(user.id(), "PROFILE_UPDATED", "customer", customerId,
                                    Map.of("version", profile.version(), "fields", changed)))
                            .thenReturn(new ProfileQueries.Shown(profile.state(), current.people(), !seesContactData));
                }));
    }
}
