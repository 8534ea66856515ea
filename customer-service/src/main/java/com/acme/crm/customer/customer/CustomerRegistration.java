package com.acme.crm.customer.customer;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.privacy.ContactFingerprints;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.InvalidFieldException;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registers customers: directly by the sales team, or from a converted lead (L-6), once per lead. A registration
 * publishes {@code CustomerRegistered} with the contact fingerprints (never the contact data, B-3) and opens the
 * first follow-up of the tier's cadence (C-2).
 */
@Service
public class CustomerRegistration {

    private final Customers customers;
    private final Tasks tasks;
    private final CustomerChanges changes;
    private final ContactFingerprints fingerprints;
    private final AuditLog audit;
    private final LeadContactFetches fetches;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final Cadence cadence;

    CustomerRegistration(Customers customers, Tasks tasks, CustomerChanges changes, ContactFingerprints fingerprints,
                         AuditLog audit,
                         LeadContactFetches fetches, TransactionalOperator transactions, Clock clock,
                         CustomerProperties properties) {
        this.customers = customers;
        this.tasks = tasks;
        this.changes = changes;
        this.fingerprints = fingerprints;
        this.audit = audit;
        this.fetches = fetches;
        this.transactions = transactions;
        this.clock = clock;
        this.cadence = properties.cadence();
    }

    /**
     * A customer registered by the sales team, sales support (for a rep: support never owns customers) or a system;
     * a person already known as a customer's contact is a 409.
     */
    public Mono<Customer> register(NewCustomer request, CrmUser user) {
        if (!user.isOnSalesTeam() && !user.has(Role.SYSTEM)) {
            throw new AccessDeniedException("Only the sales team registers customers");
        }
        String team = DataScope.of(user).all() && request.team() != null ? request.team() : user.team();
        if (team == null) {
            throw new InvalidFieldException("team", "is required when the caller has no team");
        }
        if (request.ownerId() == null && isSupportOnly(user)) {
            throw new InvalidFieldException("ownerId", "is required: sales support registers a customer for a rep");
        }
        String owner = request.ownerId() == null ? user.id() : request.ownerId();
        if (!owner.equals(user.id()) && !user.hasAny(Role.SALES_MANAGER, Role.SALES_DIRECTOR, Role.GENERAL_MANAGER,
                Role.SALES_SUPPORT, Role.SYSTEM)) {
            throw new AccessDeniedException("Only a manager or sales support registers a customer for someone else");
        }
        Instant now = clock.instant();
        List<ContactPerson> people = request.contacts().stream().map(this::withFingerprints).toList();
        List<String> prints = printsOf(people);
        Customer customer = Customer.register(request.company(), request.industry(), request.scale(),
                request.decisionChain(), owner, team, null, user.id(), now);
        return transactions.transactional(customers.withFingerprints(prints)
                .flatMap(existing -> Mono.<Customer>error(new ConflictException(
                        "A contact person of this customer is already a contact of customer " + existing)))
                .switchIfEmpty(Mono.defer(() -> create(customer, null, people, prints, user.id(), now))));
    }

    /** L-6: the customer of a converted lead, once per lead; a lead that matched a customer links to it. */
    public Mono<Void> fromConvertedLead(UUID leadId, String ownerId, String team, @Nullable String company,
                                        @Nullable UUID linkedCustomerId, List<String> prints) {
        Instant now = clock.instant();
        Mono<Void> linkToExisting = linkedCustomerId == null ? Mono.empty() : customers.findById(linkedCustomerId)
                .flatMap(existing -> changes.publish(new CustomerEvent.Registered(existing, leadId, prints, now),
                        "lead-service", "LEAD_LINKED", Map.of("lead", leadId.toString())))
                .then();
        Mono<Void> createNew = Mono.defer(() -> {
            Customer customer = Customer.register(company == null ? "Converted lead " + leadId : company, null, null,
                    null, ownerId, team, leadId, "lead-service", now);
            return create(customer, leadId, List.of(), prints, "lead-service", now)
                    .then(fetches.enqueue(customer.id(), leadId, now));
        });
        return customers.findByLeadId(leadId).hasElement().flatMap(done -> {
            if (done) {
                return Mono.empty();
            }
            return linkedCustomerId == null ? createNew : customers.findById(linkedCustomerId).hasElement()
                    .flatMap(exists -> exists ? linkToExisting : createNew);
        });
    }

    private Mono<Customer> create(Customer customer, @Nullable UUID leadId, List<ContactPerson> people,
                                  List<String> prints, String actor, Instant now) {
        Task first = Task.open(customer, TaskKind.CADENCE_CONTACT, now.plus(cadence.of(customer.tier())),
                now.plus(cadence.of(customer.tier()).multipliedBy(2)), now, "first follow-up of the cadence (C-2)");
        return customers.insert(customer)
                .then(customers.insertContacts(customer.id(), people))
                .then(tasks.openAll(List.of(first)))
                .then(changes.publish(new CustomerEvent.Registered(customer, leadId, prints, now), actor, "REGISTERED",
                        leadId == null ? Map.of() : Map.of("lead", leadId.toString())));
    }

    /**
     * L-6, B-3: the converted lead's contact data, read from lead-service by an audited service call, becomes the
     * customer's first contact person.
     */
    public Mono<Void> addConvertedContact(UUID customerId, String name, @Nullable String phone, @Nullable String email) {
        ContactPerson person = withFingerprints(new ContactPerson(UUID.randomUUID(), name, null, phone, email, null,
                null, null, null));
        return transactions.transactional(customers.insertContacts(customerId, List.of(person))
                .then(fetches.done(customerId, clock.instant()))
                .then(audit.record("lead-service", "CONTACT_IMPORTED", "customer", customerId, Map.of())));
    }

    private static boolean isSupportOnly(CrmUser user) {
        return user.has(Role.SALES_SUPPORT) && !user.hasAny(Role.SALES_REP, Role.ACCOUNT_MANAGER, Role.SALES_MANAGER,
                Role.SALES_DIRECTOR, Role.GENERAL_MANAGER);
    }

    ContactPerson withFingerprints(ContactPerson person) {
        return new ContactPerson(person.id(), person.name(), person.title(), person.phone(), person.email(),
                person.wechat(), person.birthday(), fingerprints.ofPhone(person.phone()),
                fingerprints.ofEmail(person.email()));
    }

    static List<String> printsOf(List<ContactPerson> people) {
        List<String> prints = new ArrayList<>();
        for (ContactPerson person : people) {
            prints.addAll(ContactFingerprints.present(person.phoneFingerprint(), person.emailFingerprint()));
        }
        return prints;
    }

    /** What the sales team says about a new customer. */
    public record NewCustomer(String company, @Nullable String industry, @Nullable String scale,
                              @Nullable String decisionChain, @Nullable String ownerId, @Nullable String team,
                              List<ContactPerson> contacts) {
    }
}
