package com.acme.crm.lead.calllog;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.audit.AuditedEvents;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.lead.LeadProperties;
import com.acme.crm.lead.lead.Contact;
import com.acme.crm.lead.lead.LeadRepository;
import com.acme.crm.lead.team.TeamRoster;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * a rep's call log of a business day. Reading gathers the day's lead and customer phone calls; the rep adds other
 * calls and questions and closes it (CallLogClosed); the manager reviews it. Each command is one transaction with its
 * event and audit entry; a rep keeps only their own log, a manager sees the team's.
 */
@Service
public class CallLogBook {

    private final CallLogs logs;
    private final LeadRepository leads;
    private final TeamRoster roster;
    private final AuditedEvents<CallLogEvent> events;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final LeadProperties leadProperties;
    private final CallLogProperties properties;

    CallLogBook(CallLogs logs, LeadRepository leads, TeamRoster roster, CallLogEventPublisher publisher, AuditLog audit,
                TransactionalOperator transactions, Clock clock, LeadProperties leadProperties,
                CallLogProperties properties) {
        this.logs = logs;
        this.leads = leads;
        this.roster = roster;
        this.events = new AuditedEvents<>("call-log", event -> event.log().key(), publisher::publish,
                many -> Flux.fromIterable(many).concatMap(publisher::publish).then(), audit);
        this.transactions = transactions;
        this.clock = clock;
        this.leadProperties = leadProperties;
        this.properties = properties;
    }

    /** The business day of a log's date (its span and its deadline). */
    public BusinessDay day(LocalDate date) {
        return new BusinessDay(date, leadProperties.businessZone(), properties.closeByTime());
    }

    /** The log of {@code repId} for the date as it stands, gathered calls included; stored or not. */
    public Mono<LogView> log(String repId, LocalDate date, CrmUser user) {
        return logs.find(repId, date).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(stored -> visible(repId, stored.orElse(null), user).then(view(repId, date, stored.orElse(null))));
    }

    /** the rep adds a call to someone who is neither lead nor customer: outcome and note, never the number. */
    public Mono<LogView> addCall(String repId, LocalDate date, Contact.Outcome outcome, @Nullable String note,
                                 @Nullable Instant at, CrmUser user) {
        Instant now = clock.instant();
        BusinessDay day = day(date);
        Instant when = at != null ? at : now;
        if (at == null && !day.contains(now)) {
            return Mono.error(new InvalidFieldException("at", "is required for a call of another day than today"));
        }
        if (!day.contains(when) || when.isAfter(now)) {
            return Mono.error(new InvalidFieldException("at", "must fall on " + date + " in "
                    + leadProperties.businessZone() + " and not in the future"));
        }
        UUID id = UUID.randomUUID();
        return command(repId, date, user, "adds calls to", log -> {
            CallLogEvent.CallAdded added = log.addCall(user.id(), id, outcome, when, day, now);
            return logs.addCall(repId, date, new CallLogs.OtherCall(id, when, outcome, note))
                    .then(events.publish(added, user.id(), "CALL_ADDED", Map.of("outcome", outcome.name())));
        });
    }

    /** the rep lists an open customer question for the manager, optionally about a lead of theirs or a customer. */
    public Mono<LogView> ask(String repId, LocalDate date, String text, @Nullable UUID customerId,
                             @Nullable UUID leadId, CrmUser user) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Mono<Void> leadVisible = leadId == null ? Mono.empty() : leads.findById(leadId)
                .filter(lead -> DataScope.of(user).includes(lead.ownerId(), lead.team()))
                .switchIfEmpty(Mono.error(() -> new InvalidFieldException("leadId", "is not a lead of yours")))
                .then();
        return leadVisible.then(command(repId, date, user, "lists questions in", log -> {
            CallLogEvent.QuestionAsked asked = log.ask(user.id(), id, customerId, leadId, day(date), now);
            return logs.addQuestion(repId, date, new CallLogs.Question(id, text, customerId, leadId, now))
                    .then(events.publish(asked, user.id(), "QUESTION_ASKED", Map.of("question", id.toString())));
        }));
    }

    /** the rep closes the day's log for the evening meeting; late after the deadline; CallLogClosed. */
    public Mono<LogView> close(String repId, LocalDate date, CrmUser user) {
        BusinessDay day = day(date);
        return command(repId, date, user, "closes", log -> logs.tallies(List.of(repId), day).flatMap(tallies -> {
            Instant now = clock.instant();
            CallLogEvent.Closed closed = log.close(user.id(), tallies.getOrDefault(repId, CallTally.NONE), day, now);
            return logs.update(log).then(events.publish(closed, user.id(), "CLOSED", Map.of("late", closed.log().late(),
                    "calls", closed.tally().calls(), "openQuestions", closed.tally().openQuestions())));
        }));
    }

    /** the rep's manager (or a director) marks a closed log reviewed with a comment. */
    public Mono<LogView> review(String repId, LocalDate date, String comment, CrmUser user) {
        DataScope scope = DataScope.of(user);
        return transactions.transactional(logs.find(repId, date)
                        .filter(log -> scope.includes(log.repId(), log.team()))
                        .switchIfEmpty(Mono.error(() -> new NotFoundException("Call log", repId + "/" + date)))
                        .flatMap(found -> logs.lockOrCreate(repId, found.team(), date))
                        .flatMap(log -> {
                            CallLogEvent.Reviewed reviewed = log.review(user.id(), comment, clock.instant());
                            return logs.update(log).then(events.publish(reviewed, user.id(), "REVIEWED", Map.of()));
                        }))
                .then(Mono.defer(() -> logs.find(repId, date)))
                .flatMap(log -> view(repId, date, log));
    }

    private Mono<LogView> command(String repId, LocalDate date, CrmUser user, String action,
                                  Function<CallLog, Mono<Void>> change) {
        try {
            CallLog.requireRep(repId, user.id(), action);
        } catch (RuntimeException refused) {
            return Mono.error(refused);
        }
        if (user.team() == null) {
            return Mono.error(new AccessDeniedException("A caller without a team keeps no call log"));
        }
        return transactions.transactional(logs.lockOrCreate(repId, user.team(), date).flatMap(change))
                .then(Mono.defer(() -> logs.find(repId, date)))
                .flatMap(log -> view(repId, date, log));
    }

    /** The rep's own log; in a manager's or director's scope; else as if it did not exist. */
    private Mono<Void> visible(String repId, @Nullable CallLog stored, CrmUser user) {
        DataScope scope = DataScope.of(user);
        if (user.id().equals(repId) || scope.all()) {
            return Mono.empty();
        }
        Mono<Void> notFound = Mono.error(new NotFoundException("Call log", repId));
        if (stored != null) {
            return scope.includes(stored.repId(), stored.team()) ? Mono.empty() : notFound;
        }
        return scope.team() == null ? notFound
                : roster.members(scope.team()).flatMap(members -> members.contains(repId) ? Mono.<Void>empty() : notFound);
    }

    private Mono<LogView> view(String repId, LocalDate date, @Nullable CallLog stored) {
        BusinessDay day = day(date);
        Mono<CallTally> tally = stored != null && stored.closed() ? Mono.just(stored.state().tally())
                : logs.tallies(List.of(repId), day).map(all -> all.getOrDefault(repId, CallTally.NONE));
        return Mono.zip(tally, logs.entries(repId, day, properties.maxEntries()))
                .map(both -> LogView.of(repId, day, stored == null ? null : stored.state(), both.getT1(), both.getT2()));
    }

    /** A call log as its readers see it: state, counts (frozen at closure) and the day's calls and questions. */
    public record LogView(String repId, @Nullable String team, LocalDate date, Instant deadline, boolean closed,
                          @Nullable Instant closedAt, boolean late, CallTally tally, @Nullable Instant reviewedAt,
                          @Nullable String reviewedBy, @Nullable String reviewComment, CallLogs.Entries entries) {

        static LogView of(String repId, BusinessDay day, @Nullable CallLogState s, CallTally tally,
                          CallLogs.Entries entries) {
            return new LogView(repId, s == null ? null : s.team(), day.date(), day.deadline(), s != null && s.closed(),
                    s == null ? null : s.closedAt(), s != null && s.late(), tally, s == null ? null : s.reviewedAt(),
                    s == null ? null : s.reviewedBy(), s == null ? null : s.reviewComment(), entries);
        }
    }
}
