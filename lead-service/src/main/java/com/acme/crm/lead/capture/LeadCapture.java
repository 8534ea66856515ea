package com.acme.crm.lead.capture;

import com.acme.crm.lead.LeadProperties;
import com.acme.crm.lead.lead.ContactDetails;
import com.acme.crm.lead.lead.FirstContactSla;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadChanges;
import com.acme.crm.lead.lead.LeadEvent;
import com.acme.crm.lead.lead.LeadRepository;
import com.acme.crm.lead.team.TeamRoster;
import com.acme.crm.chassis.privacy.ContactFingerprints;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.InvalidFieldException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Captures leads (L-1, L-2): an open lead with the same phone or e-mail absorbs the capture instead, or refuses it
 * as a {@link DuplicateLead} when it lies outside the caller's data scope (L-3) unless its owner has not contacted it
 * for longer than a week: then the capturing rep of the same team receives it (L-10, {@link ReturningProspect}), a
 * match with a known customer links the new lead to it, and the owner is the capturing rep, a manager's choice or
 * the next rep of the team's round (L-8). Each capture is one transaction with its event.
 */
@Service
public class LeadCapture {

    private final LeadRepository leads;
    private final LeadChanges changes;
    private final KnownCustomers customers;
    private final TeamRoster roster;
    private final ContactFingerprints fingerprints;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final FirstContactSla sla;
    private final ReturningProspects returning;

    LeadCapture(LeadRepository leads, LeadChanges changes, KnownCustomers customers, TeamRoster roster,
                ContactFingerprints fingerprints, TransactionalOperator transactions,
                Clock clock, LeadProperties properties, ReturningProspects returning) {
        this.leads = leads;
        this.changes = changes;
        this.customers = customers;
        this.roster = roster;
        this.fingerprints = fingerprints;
        this.transactions = transactions;
        this.clock = clock;
        this.sla = properties.sla();
        this.returning = returning;
    }

    public Mono<CaptureResult> capture(CaptureLead command, CrmUser user) {
        return capture(command, user, true);
    }

    /**
     * A row of an imported list, captured alone: L-10 does not apply, since a list is not the prospect coming back
     * to a rep, and an import must not take leads from their owners in bulk; another owner's lead stays an L-3
     * duplicate.
     */
    public Mono<CaptureResult> captureListed(CaptureLead command, CrmUser user) {
        return capture(command, user, false);
    }

    private Mono<CaptureResult> capture(CaptureLead command, CrmUser user, boolean returningProspects) {
        String team;
        try {
            team = teamOf(command, user);
            chosenOwner(command, user);
        } catch (RuntimeException refused) {
            return Mono.error(refused);
        }
        ContactDetails contact = contactOf(command);
        List<String> prints = printsOf(contact);
        Instant now = clock.instant();
        Mono<CaptureResult> capture = leads.lockFingerprints(prints)
                .then(leads.findOpenByFingerprints(prints))
                .flatMap(existing -> merge(existing, command, user, team, now, returningProspects))
                .switchIfEmpty(Mono.defer(() -> create(command, contact, prints, team, user, now)));
        return transactions.transactional(capture);
    }

    /**
     * L-3: merges into a lead of the caller's scope; another owner's lead is left untouched ({@link DuplicateLead})
     * unless it is a returning prospect (L-10).
     */
    private Mono<CaptureResult> merge(Lead existing, CaptureLead command, CrmUser user, String team, Instant now,
                                      boolean returningProspects) {
        if (!DataScope.of(user).includes(existing.ownerId(), existing.team())) {
            return returningProspects ? returning.receive(existing, command, user, team, now)
                    : Mono.error(new DuplicateLead());
        }
        LeadEvent.Merged merged = existing.mergeCapture(command.channel(), user.id(), now);
        return leads.recordCapture(existing.id(), command.channel(), user.id(), now)
                .then(changes.save(existing, merged, user.id(), "MERGED", Map.of("channel", command.channel().name())))
                .map(lead -> new CaptureResult(CaptureResult.Outcome.MERGED, lead));
    }

    private Mono<CaptureResult> create(CaptureLead command, ContactDetails contact, List<String> prints, String team,
                                       CrmUser user, Instant now) {
        Lead.NewLead request = new Lead.NewLead(command.name().strip(), command.company(), contact,
                command.channel(), command.referrerCustomerId(), command.notes());
        return ownerOf(command, user, team)
                .zipWith(customers.matching(prints).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()))
                .flatMap(ownerAndCustomer -> {
                    LeadEvent.Captured captured = Lead.capture(request, ownerAndCustomer.getT1(), team, user.id(),
                            ownerAndCustomer.getT2().orElse(null), now, sla);
                    Lead lead = Lead.restore(captured.lead());
                    return leads.insert(lead)
                            .then(changes.publish(lead, captured, user.id(), "CAPTURED",
                                    Map.of("channel", command.channel().name(), "owner", ownerAndCustomer.getT1())));
                })
                .map(lead -> new CaptureResult(CaptureResult.Outcome.CREATED, lead));
    }

    /** L-8: a rep owns what they capture; a manager names the owner or leaves it to the team's round. */
    private Mono<String> ownerOf(CaptureLead command, CrmUser user, String team) {
        String owner = chosenOwner(command, user);
        return owner != null ? Mono.just(owner) : roster.nextInRound(team).defaultIfEmpty(user.id());
    }

    /** The owner the caller chose or is (a rep owns their captures); null when the team's round decides (L-8). */
    public static String chosenOwner(CaptureLead command, CrmUser user) {
        if (command.ownerId() != null) {
            boolean assignsOthers = user.has(Role.SALES_MANAGER) || user.seesEverything();
            if (!command.ownerId().equals(user.id()) && !assignsOthers) {
                throw new AccessDeniedException("L-8: only a manager assigns a lead to someone else");
            }
            return command.ownerId();
        }
        return user.hasAny(Role.SALES_REP, Role.ACCOUNT_MANAGER) ? user.id() : null;
    }

    /** The contact details of a capture, with their fingerprints (L-3). */
    public ContactDetails contactOf(CaptureLead command) {
        return new ContactDetails(command.phone(), command.email(),
                fingerprints.ofPhone(command.phone()), fingerprints.ofEmail(command.email()));
    }

    public static List<String> printsOf(ContactDetails contact) {
        return ContactFingerprints.present(contact.phoneFingerprint(), contact.emailFingerprint());
    }

    public static String teamOf(CaptureLead command, CrmUser user) {
        if (user.seesEverything()) {
            String team = command.team() != null ? command.team() : user.team();
            if (team == null) {
                throw new InvalidFieldException("team", "is required when the caller has no team");
            }
            return team;
        }
        if (user.team() == null) {
            throw new AccessDeniedException("A caller without a team cannot capture leads");
        }
        if (command.team() != null && !command.team().equals(user.team())) {
            throw new AccessDeniedException("Leads are captured for the caller's own team");
        }
        return user.team();
    }
}
