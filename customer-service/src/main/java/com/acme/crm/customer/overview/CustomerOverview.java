package com.acme.crm.customer.overview;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.customer.customer.ContactPerson;
import com.acme.crm.customer.customer.CustomerAccess;
import com.acme.crm.customer.customer.CustomerQueries;
import com.acme.crm.customer.customer.CustomerState;
import com.acme.crm.customer.followup.Task;
import com.acme.crm.customer.followup.Tasks;
import com.acme.crm.customer.visit.Visit;
import com.acme.crm.customer.visit.Visits;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/** The customer 360 view: profile, people, tier history, recent visits and open tasks, in one answer. */
@Service
public class CustomerOverview {

    private final CustomerAccess access;
    private final CustomerQueries queries;
    private final Visits visits;
    private final Tasks tasks;

    CustomerOverview(CustomerAccess access, CustomerQueries queries, Visits visits, Tasks tasks) {
        this.access = access;
        this.queries = queries;
        this.visits = visits;
        this.tasks = tasks;
    }

    /** Everything about one customer the caller may read. */
    public Mono<View360> view360(UUID id, CrmUser user) {
        return queries.get(id, user).flatMap(customer -> Mono.zip(
                        queries.contacts(id),
                        queries.tierHistory(id),
                        visits.recent(id, 20).collectList(),
                        tasks.openOf(id).collectList())
                .map(parts -> new View360(customer, parts.getT1(), parts.getT2(), parts.getT3(), parts.getT4())));
    }

    /** B-3: an unmasked read of contact data by someone other than the owner is audited. */
    public Mono<Void> audited(CustomerState customer, CrmUser user) {
        return access.auditContactRead(customer, user);
    }

    /** Everything about one customer, in one answer. */
    public record View360(CustomerState customer, List<ContactPerson> contacts, List<AuditLog.Entry> tierHistory,
                          List<Visit> recentVisits, List<Task> openTasks) {
    }
}
