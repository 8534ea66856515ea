package com.acme.crm.lead.lead;

import com.acme.crm.chassis.privacy.ContactFingerprints;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.UUID;

/** The lead commands and queries, each in one transaction with its events. */
@Service
public class LeadService {

    private final LeadRepository leads;
    private final LeadEventPublisher events;
    private final TransactionalOperator transactions;
    private final ContactFingerprints fingerprints;
    private final Clock clock;
    private final FirstContactSla sla;

    LeadService(LeadRepository leads, LeadEventPublisher events, ReactiveTransactionManager transactions,
                ContactFingerprints fingerprints, Clock clock, LeadProperties properties) {
        this.leads = leads;
        this.events = events;
        this.transactions = TransactionalOperator.create(transactions);
        this.fingerprints = fingerprints;
        this.clock = clock;
        this.sla = new FirstContactSla(properties.firstContactSla(), properties.tradeShowFollowUpEmail());
    }

    /** L-1, L-2: captures a lead for its owner; a rep captures for themself, a manager for their team. */
    public Mono<Lead> capture(CaptureLead command, CrmUser user) {
        Ownership ownership = Ownership.of(command, user);
        ContactDetails contact = new ContactDetails(command.phone(), command.email(),
                fingerprints.ofPhone(command.phone()), fingerprints.ofEmail(command.email()));
        Lead.NewLead request = new Lead.NewLead(command.name().strip(), command.company(), contact,
                command.channel(), command.referrerCustomerId(), command.notes());
        LeadCaptured captured = Lead.capture(request, ownership.ownerId(), ownership.team(), user.id(),
                clock.instant(), sla);
        return transactions.transactional(leads.insert(captured.lead())
                .then(events.publish(captured))
                .thenReturn(captured.lead()));
    }

    /** A lead inside the caller's data scope; one outside it looks the same as one that does not exist. */
    public Mono<Lead> get(UUID id, CrmUser user) {
        DataScope scope = DataScope.of(user);
        return leads.findById(id)
                .filter(lead -> scope.includes(lead.ownerId(), lead.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Lead", id)));
    }

    /** A page of the queue, within the caller's data scope. */
    public Mono<PageResponse<Lead>> search(LeadQuery query, PageRequest page, CrmUser user) {
        DataScope scope = DataScope.of(user);
        if (scope.isNone()) {
            return Mono.error(new AccessDeniedException("No lead data scope for these roles"));
        }
        return leads.search(query, scope, page);
    }

    /** Who owns a new lead, and in which team (L-8: only a manager assigns a lead to someone else). */
    private record Ownership(String ownerId, String team) {

        static Ownership of(CaptureLead command, CrmUser user) {
            String owner = command.ownerId() == null ? user.id() : command.ownerId();
            if (user.seesEverything()) {
                String team = command.team() != null ? command.team() : user.team();
                if (team == null) {
                    throw new InvalidFieldException("team", "is required when the caller has no team");
                }
                return new Ownership(owner, team);
            }
            if (user.team() == null) {
                throw new AccessDeniedException("A caller without a team cannot capture leads");
            }
            if (!owner.equals(user.id()) && !user.has(Role.SALES_MANAGER)) {
                throw new AccessDeniedException("L-8: only a manager assigns a lead to someone else");
            }
            if (command.team() != null && !command.team().equals(user.team())) {
                throw new AccessDeniedException("Leads are captured for the caller's own team");
            }
            return new Ownership(owner, user.team());
        }
    }
}
