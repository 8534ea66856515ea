package com.acme.crm.lead.queue;

import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadQuery;
import com.acme.crm.lead.lead.LeadRepository;
import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/** Reads of leads, their contacts and their history, always within the caller's data scope. */
@Service
public class LeadQueries {

    private final LeadRepository leads;
    private final AuditLog audit;

    LeadQueries(LeadRepository leads, AuditLog audit) {
        this.leads = leads;
        this.audit = audit;
    }

    /** A lead inside the caller's scope; one outside it looks the same as one that does not exist. */
    public Mono<Lead> get(UUID id, CrmUser user) {
        DataScope scope = DataScope.of(user);
        return leads.findById(id)
                .filter(lead -> scope.includes(lead.ownerId(), lead.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Lead", id)));
    }

    public Mono<PageResponse<Lead>> search(LeadQuery query, PageRequest page, CrmUser user) {
        return scopeOf(user).flatMap(scope -> leads.search(query, scope, page));
    }

    public Mono<List<LeadRepository.ContactEntry>> contacts(UUID id, CrmUser user) {
        return get(id, user).flatMap(lead -> leads.contacts(id).collectList());
    }

    /** The lead's audit history, newest first, for a caller who may see the lead. */
    public Mono<List<AuditLog.Entry>> history(UUID id, CrmUser user) {
        return get(id, user).flatMap(lead -> audit.history("lead", id, 500).collectList());
    }

    private static Mono<DataScope> scopeOf(CrmUser user) {
        DataScope scope = DataScope.of(user);
        return scope.isNone() ? Mono.error(new AccessDeniedException("No lead data scope for these roles"))
                : Mono.just(scope);
    }
}
