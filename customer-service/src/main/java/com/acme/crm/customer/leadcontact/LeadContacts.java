package com.acme.crm.customer.leadcontact;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.privacy.ContactFingerprints;
import com.acme.crm.customer.customer.ContactPerson;
import com.acme.crm.customer.customer.Customers;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * L-6, B-3: the converted lead's contact data, read from lead-service by an audited service call, becomes the
 * customer's first contact person, and the fetch is done.
 */
@Service
public class LeadContacts {

    private final Customers customers;
    private final LeadContactFetches fetches;
    private final ContactFingerprints fingerprints;
    private final AuditLog audit;
    private final TransactionalOperator transactions;
    private final Clock clock;

    LeadContacts(Customers customers, LeadContactFetches fetches, ContactFingerprints fingerprints, AuditLog audit,
                 TransactionalOperator transactions, Clock clock) {
        this.customers = customers;
        this.fetches = fetches;
        this.fingerprints = fingerprints;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Mono<Void> addConvertedContact(UUID customerId, String name, @Nullable String phone, @Nullable String email) {
        ContactPerson person = new ContactPerson(UUID.randomUUID(), name, null, phone, email, null, null,
                fingerprints.ofPhone(phone), fingerprints.ofEmail(email));
        return transactions.transactional(customers.insertContacts(customerId, List.of(person))
                .then(fetches.done(customerId, clock.instant()))
                .then(audit.record("lead-service", "CONTACT_IMPORTED", "customer", customerId, Map.of())));
    }
}
