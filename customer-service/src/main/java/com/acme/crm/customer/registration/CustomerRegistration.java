package com.acme.crm.customer.registration;

import com.acme.crm.chassis.privacy.ContactFingerprints;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.ConflictException;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.customer.customer.ContactPerson;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerChanges;
import com.acme.crm.customer.customer.CustomerEvent;
import com.acme.crm.customer.customer.CustomerState;
import com.acme.crm.customer.customer.Customers;
import com.acme.crm.customer.followup.FollowUps;
import com.acme.crm.customer.leadcontact.LeadContactFetches;

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
 * first follow-up of the tier's cadence (C-2); a converted lead's contact data is fetched from lead-service later.
 */
@Service
public class CustomerRegistration {

    private final Customers customers;
    private final FollowUps followUps;
    private final CustomerChanges changes;
    private final ContactFingerprints fingerprints;
    private final LeadContactFetches fetches;
    private final TransactionalOperator transactions;
    private final Clock clock;

    CustomerRegistration(Customers customers, FollowUps followUps, CustomerChanges changes,
                         ContactFingerprints fingerprints, LeadContactFetches fetches,
                         TransactionalOperator transactions, Clock clock) {
        this.customers = customers;
        this.followUps = followUps;
        this.changes = changes;
        this.fingerprints = fingerprints;
        this.fetches = fetches;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A customer registered by the sales team, sales support (for a rep: support never owns customers) or a system;
     * a person already known as a customer's contact is a 409.
     */
    public Mono<CustomerState> register(NewCustomer request, CrmUser user) {
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
        List<ContactPerson> people = request.contacts().stream()
                .map(p -> p.withFingerprints(fingerprints.ofPhone(p.phone()), fingerprints.ofEmail(p.email())))
                .toList();
        List<String> prints = printsOf(people);
        CustomerEvent.Registered registered = Customer.register(request.profile(), owner, team, null, prints,
                user.id(), now);
        return transactions.transactional(customers.withFingerprints(prints)
                .flatMap(existing -> Mono.<CustomerState>error(new ConflictException(
                        "A contact person of this customer is already a contact of customer " + existing)))
                .switchIfEmpty(Mono.defer(() -> create(registered, people, user.id(), now))));
    }

    /** L-6: the customer of a converted lead, once per lead; a lead that matched a customer links to it. */
    public Mono<Void> fromConvertedLead(UUID leadId, String ownerId, String team, @Nullable String company,
                                        @Nullable UUID linkedCustomerId, List<String> prints) {
        Instant now = clock.instant();
        Mono<Void> linkToExisting = linkedCustomerId == null ? Mono.empty() : customers.findById(linkedCustomerId)
                .flatMap(existing -> changes.publish(existing.registeredForLead(leadId, prints, now),
                        "lead-service", "LEAD_LINKED", Map.of("lead", leadId.toString())))
                .then();
        Mono<Void> createNew = Mono.defer(() -> {
            CustomerEvent.Registered registered = Customer.register(new Customer.Profile(
                            company == null ? "Converted lead " + leadId : company, null, null, null),
                    ownerId, team, leadId, prints, "lead-service", now);
            return create(registered, List.of(), "lead-service", now)
                    .then(fetches.enqueue(registered.customer().id(), leadId, now));
        });
        return customers.findByLeadId(leadId).hasElement().flatMap(done -> {
            if (done) {
                return Mono.empty();
            }
            return linkedCustomerId == null ? createNew : customers.findById(linkedCustomerId).hasElement()
                    .flatMap(exists -> exists ? linkToExisting : createNew);
        });
    }

    private Mono<CustomerState> create(CustomerEvent.Registered registered, List<ContactPerson> people, String actor,
                                       Instant now) {
        CustomerState customer = registered.customer();
        return customers.insert(customer)
                .then(customers.insertContacts(customer.id(), people))
                .then(followUps.firstFollowUp(Customer.restore(customer), now))
                .then(changes.publish(registered, actor, "REGISTERED",
                        registered.leadId() == null ? Map.of() : Map.of("lead", registered.leadId().toString())));
    }

    private static boolean isSupportOnly(CrmUser user) {
        return user.has(Role.SALES_SUPPORT) && !user.hasAny(Role.SALES_REP, Role.ACCOUNT_MANAGER, Role.SALES_MANAGER,
                Role.SALES_DIRECTOR, Role.GENERAL_MANAGER);
    }

    static List<String> printsOf(List<ContactPerson> people) {
        List<String> prints = new ArrayList<>();
        for (ContactPerson person : people) {
            prints.addAll(ContactFingerprints.present(person.phoneFingerprint(), person.emailFingerprint()));
        }
        return prints;
    }

    /** What the sales team says about a new customer. */
    public record NewCustomer(Customer.Profile profile, @Nullable String ownerId, @Nullable String team,
                              List<ContactPerson> contacts) {
    }
}
