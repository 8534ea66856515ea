package com.acme.crm.lead.lead.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadState;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * B-3: the one place a lead's contact data leaves the service. Callers outside the sales department see it masked;
 * every unmasked answer to anyone but the owner (a read, a command's answer, a merge) is audited as
 * {@code CONTACT_READ}.
 */
@Component
public class LeadViews {

    static final String CONTACT_READ = "CONTACT_READ";

    private final AuditLog audit;
    private final Clock clock;

    LeadViews(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<LeadResponse> render(Lead lead, CrmUser user) {
        return render(lead, user, null);
    }

    public Mono<LeadResponse> render(Lead lead, CrmUser user, LeadResponse.@Nullable Outcome outcome) {
        boolean masked = masked(user);
        return auditedUnlessOwner(lead, user, masked)
                .thenReturn(LeadResponse.of(lead, masked, clock.instant(), outcome));
    }

    /** A page of leads, the reads of others' leads audited in one statement. */
    public Mono<PageResponse<LeadResponse>> render(PageResponse<Lead> page, CrmUser user) {
        boolean masked = masked(user);
        Instant now = clock.instant();
        List<UUID> othersLeads = page.items().stream().filter(lead -> !lead.ownerId().equals(user.id()))
                .map(Lead::id).toList();
        Mono<Void> audited = masked ? Mono.empty() : audit.recordAll(user.id(), CONTACT_READ, "lead", othersLeads);
        return audited.thenReturn(page.map(lead -> LeadResponse.of(lead, masked, now)));
    }

    /** L-6: the unmasked contact data ({@code GET /api/leads/{id}/contact}); audited for anyone but the owner. */
    public Mono<Map<String, Object>> contactData(Lead lead, CrmUser user) {
        LeadState s = lead.state();
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("leadId", lead.id());
        contact.put("name", s.name());
        contact.put("company", s.company());
        contact.put("phone", s.contact().phone());
        contact.put("email", s.contact().email());
        return auditedUnlessOwner(lead, user, false).thenReturn(contact);
    }

    private Mono<Void> auditedUnlessOwner(Lead lead, CrmUser user, boolean masked) {
        return masked || lead.ownerId().equals(user.id()) ? Mono.empty()
                : audit.record(user.id(), CONTACT_READ, "lead", lead.id(), Map.of("owner", lead.ownerId()));
    }

    private static boolean masked(CrmUser user) {
        return !user.isOnSalesTeam();
    }
}
