package com.acme.crm.lead.importing;

import com.acme.crm.lead.capture.CaptureResult;
import com.acme.crm.lead.capture.DuplicateLead;
import com.acme.crm.lead.lead.LeadEvent;
import com.acme.crm.lead.LeadProperties;
import com.acme.crm.lead.capture.CaptureLead;
import com.acme.crm.lead.capture.KnownCustomers;
import com.acme.crm.lead.capture.LeadCapture;
import com.acme.crm.lead.lead.ContactDetails;
import com.acme.crm.lead.lead.FirstContactSla;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadEventPublisher;
import com.acme.crm.lead.lead.LeadRepository;
import com.acme.crm.lead.team.TeamRoster;
import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Captures a trade-show list with the rules of a single capture (L-1 … L-3, L-8) but in chunks: one transaction
 * and a handful of statements per chunk instead of per lead. Duplicates inside the list merge like duplicates of
 * stored leads (L-3). If a chunk fails as a whole, its rows are captured one by one, so one bad row never loses the
 * good ones. A row matching an open lead outside the caller's scope is refused as a {@link DuplicateLead}.
 */
@Service
public class LeadBulkCapture {

    private static final Logger log = LoggerFactory.getLogger(LeadBulkCapture.class);
    private static final int CHUNK = 250;

    private final LeadCapture single;
    private final LeadRepository leads;
    private final KnownCustomers customers;
    private final TeamRoster roster;
    private final LeadEventPublisher events;
    private final AuditLog audit;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final FirstContactSla sla;

    LeadBulkCapture(LeadCapture single, LeadRepository leads, KnownCustomers customers, TeamRoster roster,
                    LeadEventPublisher events, AuditLog audit, TransactionalOperator transactions, Clock clock,
                    LeadProperties properties) {
        this.single = single;
        this.leads = leads;
        this.customers = customers;
        this.roster = roster;
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.sla = properties.sla();
    }

    /** One outcome per command, in order: the capture result, or the reason it was refused. */
    public Mono<List<Outcome>> captureAll(List<CaptureLead> commands, CrmUser user) {
        List<List<CaptureLead>> chunks = new ArrayList<>();
        for (int from = 0; from < commands.size(); from += CHUNK) {
            chunks.add(commands.subList(from, Math.min(commands.size(), from + CHUNK)));
        }
        return Flux.fromIterable(chunks)
                .concatMap(chunk -> captureChunk(chunk, user).onErrorResume(e -> {
                    log.info("A bulk capture chunk failed ({}); capturing its rows one by one", e.toString());
                    return Flux.fromIterable(chunk).concatMap(command -> single.captureListed(command, user)
                            .map(Outcome::captured)
                            .onErrorResume(refused -> Mono.just(Outcome.refused(refused)))).collectList();
                }))
                .concatMapIterable(outcomes -> outcomes)
                .collectList();
    }

    private Mono<List<Outcome>> captureChunk(List<CaptureLead> commands, CrmUser user) {
        List<Row> rows = new ArrayList<>(commands.size());
        Set<String> prints = new LinkedHashSet<>();
        for (CaptureLead command : commands) {
            try {
                ContactDetails contact = single.contactOf(command);
                Row row = new Row(command, LeadCapture.teamOf(command, user), LeadCapture.chosenOwner(command, user),
                        contact, LeadCapture.printsOf(contact));
                prints.addAll(row.prints);
                rows.add(row);
            } catch (RuntimeException refused) {
                rows.add(new Row(refused));
            }
        }
        Instant now = clock.instant();
        Mono<List<Outcome>> chunk = leads.lockFingerprints(prints)
                .then(leads.findAllOpenByFingerprints(prints).collectList())
                .zipWith(customers.matchingEach(prints))
                .flatMap(found -> plan(rows, found.getT1(), found.getT2(), user, now));
        return transactions.transactional(chunk);
    }

    /** Decides merge or create for every row, assigns owners, then writes the chunk. */
    private Mono<List<Outcome>> plan(List<Row> rows, List<Lead> open, Map<String, UUID> known, CrmUser user,
                                     Instant now) {
        Map<String, Integer> target = new HashMap<>(); // fingerprint -> index of the row that creates its lead
        Map<String, Lead> stored = new HashMap<>();
        open.forEach(lead -> LeadCapture.printsOf(lead.state().contact()).forEach(p -> stored.putIfAbsent(p, lead)));
        Map<String, Integer> roundRobin = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.refused != null) {
                continue;
            }
            row.mergeInto = row.prints.stream().map(stored::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            row.mergeIntoRow = row.mergeInto != null ? null
                    : row.prints.stream().map(target::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (row.mergeInto == null && row.mergeIntoRow == null) {
                for (String p : row.prints) {
                    target.putIfAbsent(p, i);
                }
                if (row.owner == null) {
                    roundRobin.merge(row.team, 1, Integer::sum);
                }
            }
        }
        return Flux.fromIterable(roundRobin.entrySet())
                .concatMap(team -> roster.nextInRound(team.getKey(), team.getValue()).map(owners -> Map.entry(team.getKey(), owners)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .flatMap(owners -> write(rows, owners, known, user, now));
    }

    private Mono<List<Outcome>> write(List<Row> rows, Map<String, List<String>> owners, Map<String, UUID> known,
                                      CrmUser user, Instant now) {
        Map<String, Integer> taken = new HashMap<>();
        List<Lead> created = new ArrayList<>();
        Map<UUID, Lead> mergedStored = new LinkedHashMap<>();
        List<LeadEvent> published = new ArrayList<>();
        List<AuditLog.Record> audited = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>(rows.size());
        Mono<Void> captures = Mono.empty();
        DataScope scope = DataScope.of(user);
        for (Row row : rows) {
            if (row.refused != null) {
                outcomes.add(Outcome.refused(row.refused));
                continue;
            }
            if (row.mergeInto != null && !scope.includes(row.mergeInto.ownerId(), row.mergeInto.team())) {
                outcomes.add(Outcome.refused(new DuplicateLead())); // L-3: another owner's lead stays untouched
                continue;
            }
            CaptureLead command = row.command;
            Lead lead;
            if (row.mergeInto != null || row.mergeIntoRow != null) {
                lead = row.mergeInto != null ? mergedStored.computeIfAbsent(row.mergeInto.id(), id -> row.mergeInto)
                        : rows.get(row.mergeIntoRow).lead;
                if (lead == null) {
                    outcomes.add(Outcome.refused(new BusinessRuleViolation("L-3",
                            "Duplicates row " + (row.mergeIntoRow + 1) + ", which was refused")));
                    continue;
                }
                published.add(lead.mergeCapture(command.channel(), user.id(), now));
                audited.add(new AuditLog.Record("MERGED", lead.id(), Map.of("channel", command.channel().name())));
                captures = captures.then(leads.recordCapture(lead.id(), command.channel(), user.id(), now));
                outcomes.add(Outcome.captured(new CaptureResult(CaptureResult.Outcome.MERGED, lead)));
            } else {
                String owner = row.owner;
                if (owner == null) {
                    List<String> round = owners.getOrDefault(row.team, List.of());
                    int turn = taken.merge(row.team, 1, Integer::sum) - 1;
                    owner = turn < round.size() ? round.get(turn) : user.id();
                }
                UUID customer = row.prints.stream().map(known::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                Lead.NewLead request = new Lead.NewLead(command.name().strip(), command.company(), row.contact,
                        command.channel(), command.referrerCustomerId(), command.notes());
                try {
                    lead = Lead.restore(Lead.capture(request, owner, row.team, user.id(), customer, now, sla).lead());
                } catch (RuntimeException refused) {
                    outcomes.add(Outcome.refused(refused));
                    continue;
                }
                row.lead = lead;
                created.add(lead);
                published.add(new LeadEvent.Captured(lead.state()));
                audited.add(new AuditLog.Record("CAPTURED", lead.id(),
                        Map.of("channel", command.channel().name(), "owner", owner)));
                outcomes.add(Outcome.captured(new CaptureResult(CaptureResult.Outcome.CREATED, lead)));
            }
        }
        return leads.insertAll(created)
                .then(Flux.fromIterable(mergedStored.values()).concatMap(leads::update).then())
                .then(captures)
                .then(events.publishAll(published))
                .then(audit.recordEach(user.id(), "lead", audited))
                .thenReturn(outcomes);
    }

    /** A command of the chunk and what the plan decided for it. */
    private static final class Row {
        final CaptureLead command;
        final String team;
        final String owner;
        final ContactDetails contact;
        final List<String> prints;
        final RuntimeException refused;
        Lead mergeInto;
        Integer mergeIntoRow;
        Lead lead;

        Row(CaptureLead command, String team, String owner, ContactDetails contact, List<String> prints) {
            this.command = command;
            this.team = team;
            this.owner = owner;
            this.contact = contact;
            this.prints = prints;
            this.refused = null;
        }

        Row(RuntimeException refused) {
            this.command = null;
            this.team = null;
            this.owner = null;
            this.contact = null;
            this.prints = List.of();
            this.refused = refused;
        }
    }

    /** One row's outcome: a capture result, or why it was refused. */
    public record Outcome(CaptureResult result, Throwable refused) {

        static Outcome captured(CaptureResult result) {
            return new Outcome(result, null);
        }

        static Outcome refused(Throwable refused) {
            return new Outcome(null, refused);
        }
    }
}
