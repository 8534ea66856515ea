package com.acme.crm.lead.calllog.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.lead.calllog.BusinessDay;
import com.acme.crm.lead.calllog.CallLog;
import com.acme.crm.lead.calllog.CallLogState;
import com.acme.crm.lead.calllog.CallLogs;
import com.acme.crm.lead.calllog.CallTally;
import com.acme.crm.lead.lead.Contact;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/** Call logs in PostgreSQL; a day's counts of any number of reps come from one grouped statement. */
@Repository
public class R2dbcCallLogs implements CallLogs {

    private static final String COLUMNS = "rep_id, log_date, team, closed_at, late, lead_calls, customer_calls,"
            + " other_calls, effective_calls, open_questions, reviewed_at, reviewed_by, review_comment, version";
    private static final String[] EFFECTIVE = CallLog.EFFECTIVE.stream().map(Enum::name).toArray(String[]::new);

    private final DatabaseClient db;

    public R2dbcCallLogs(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<CallLog> find(String repId, LocalDate date) {
        return db.sql("select " + COLUMNS + " from call_log where rep_id = :rep and log_date = :date")
                .bind("rep", repId).bind("date", date)
                .map(R2dbcCallLogs::toLog).one();
    }

    @Override
    public Mono<CallLog> lockOrCreate(String repId, String team, LocalDate date) {
        return db.sql("insert into call_log (rep_id, log_date, team) values (:rep, :date, :team) on conflict do nothing")
                .bind("rep", repId).bind("date", date).bind("team", team)
                .then()
                .then(db.sql("select " + COLUMNS + " from call_log where rep_id = :rep and log_date = :date for update")
                        .bind("rep", repId).bind("date", date)
                        .map(R2dbcCallLogs::toLog).one());
    }

    @Override
    public Mono<Void> update(CallLog log) {
        CallLogState s = log.state();
        CallTally t = s.tally();
        return Sql.versionedUpdate(db.sql("""
                        update call_log set closed_at = :closedAt, late = :late, lead_calls = :lead,
                          customer_calls = :customer, other_calls = :other, effective_calls = :effective,
                          open_questions = :questions, reviewed_at = :reviewedAt, reviewed_by = :reviewedBy,
                          review_comment = :comment, version = version + 1
                        where rep_id = :rep and log_date = :date and version = :version""")
                .bind("closedAt", Sql.orNull(s.closedAt(), Instant.class))
                .bind("late", s.late())
                .bind("lead", Sql.orNull(t == null ? null : t.leadCalls(), Integer.class))
                .bind("customer", Sql.orNull(t == null ? null : t.customerCalls(), Integer.class))
                .bind("other", Sql.orNull(t == null ? null : t.otherCalls(), Integer.class))
                .bind("effective", Sql.orNull(t == null ? null : t.effectiveCalls(), Integer.class))
                .bind("questions", Sql.orNull(t == null ? null : t.openQuestions(), Integer.class))
                .bind("reviewedAt", Sql.orNull(s.reviewedAt(), Instant.class))
                .bind("reviewedBy", Sql.orNull(s.reviewedBy()))
                .bind("comment", Sql.orNull(s.reviewComment()))
                .bind("rep", s.repId()).bind("date", s.date()).bind("version", s.version()), "Call log", s.key());
    }

    @Override
    public Mono<Void> addCall(String repId, LocalDate date, OtherCall call) {
        return db.sql("""
                        insert into call_log_call (id, rep_id, log_date, at, outcome, note)
                        values (:id, :rep, :date, :at, :outcome, :note)""")
                .bind("id", call.id()).bind("rep", repId).bind("date", date).bind("at", call.at())
                .bind("outcome", call.outcome().name()).bind("note", Sql.orNull(call.note()))
                .then();
    }

    @Override
    public Mono<Void> addQuestion(String repId, LocalDate date, Question question) {
        return db.sql("""
                        insert into call_log_question (id, rep_id, log_date, text, customer_id, lead_id, asked_at)
                        values (:id, :rep, :date, :text, :customer, :lead, :at)""")
                .bind("id", question.id()).bind("rep", repId).bind("date", date).bind("text", question.text())
                .bind("customer", Sql.orNull(question.customerId(), UUID.class))
                .bind("lead", Sql.orNull(question.leadId(), UUID.class))
                .bind("at", question.askedAt())
                .then();
    }

    @Override
    public Mono<Entries> entries(String repId, BusinessDay day, int limit) {
        Mono<List<LeadCall>> leadCalls = db.sql("""
                        select lead_id, at, direction, outcome from lead_contact
                        where recorded_by = :rep and method = 'PHONE' and at >= :from and at < :to
                        order by at limit :limit""")
                .bind("rep", repId).bind("from", day.start()).bind("to", day.end()).bind("limit", limit)
                .map(row -> new LeadCall(row.get("lead_id", UUID.class), instant(row, "at"),
                        Contact.Direction.valueOf(row.get("direction", String.class)),
                        Contact.Outcome.valueOf(row.get("outcome", String.class))))
                .all().collectList();
        Mono<List<CustomerCall>> customerCalls = db.sql("""
                        select customer_id, at, customer_initiated from customer_call
                        where rep_id = :rep and at >= :from and at < :to order by at limit :limit""")
                .bind("rep", repId).bind("from", day.start()).bind("to", day.end()).bind("limit", limit)
                .map(row -> new CustomerCall(row.get("customer_id", UUID.class), instant(row, "at"),
                        Boolean.TRUE.equals(row.get("customer_initiated", Boolean.class))))
                .all().collectList();
        Mono<List<OtherCall>> otherCalls = db.sql("""
                        select id, at, outcome, note from call_log_call where rep_id = :rep and log_date = :date
                        order by at limit :limit""")
                .bind("rep", repId).bind("date", day.date()).bind("limit", limit)
                .map(row -> new OtherCall(row.get("id", UUID.class), instant(row, "at"),
                        Contact.Outcome.valueOf(row.get("outcome", String.class)), row.get("note", String.class)))
                .all().collectList();
        Mono<List<Question>> questions = db.sql("""
                        select id, text, customer_id, lead_id, asked_at from call_log_question
                        where rep_id = :rep and log_date = :date order by asked_at limit :limit""")
                .bind("rep", repId).bind("date", day.date()).bind("limit", limit)
                .map(row -> new Question(row.get("id", UUID.class), row.get("text", String.class),
                        row.get("customer_id", UUID.class), row.get("lead_id", UUID.class), instant(row, "asked_at")))
                .all().collectList();
        // One after another: a connection runs one statement at a time.
        return leadCalls.flatMap(l -> customerCalls.flatMap(c -> otherCalls.flatMap(o -> questions
                .map(q -> new Entries(l, c, o, q)))));
    }

    @Override
    public Mono<Map<String, CallTally>> tallies(Collection<String> repIds, BusinessDay day) {
        if (repIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("""
                        select rep, kind, count(*) as n, count(*) filter (where effective) as effective from (
                          select recorded_by as rep, 'LEAD' as kind, outcome = any(:effective) as effective
                            from lead_contact
                            where method = 'PHONE' and recorded_by = any(:reps) and at >= :from and at < :to
                          union all
                          select rep_id, 'CUSTOMER', false from customer_call
                            where rep_id = any(:reps) and at >= :from and at < :to
                          union all
                          select rep_id, 'OTHER', outcome = any(:effective) from call_log_call
                            where rep_id = any(:reps) and log_date = :date
                          union all
                          select rep_id, 'QUESTION', false from call_log_question
                            where rep_id = any(:reps) and log_date = :date
                        ) gathered group by rep, kind""")
                .bind("reps", repIds.toArray(String[]::new)).bind("effective", EFFECTIVE)
                .bind("from", day.start()).bind("to", day.end()).bind("date", day.date())
                .map(row -> new Count(row.get("rep", String.class), row.get("kind", String.class),
                        row.get("n", Long.class).intValue(), row.get("effective", Long.class).intValue()))
                .all().collectList()
                .map(R2dbcCallLogs::tally);
    }

    @Override
    public Flux<CallLog> ofTeam(String team, LocalDate date) {
        return db.sql("select " + COLUMNS + " from call_log where team = :team and log_date = :date order by rep_id")
                .bind("team", team).bind("date", date)
                .map(R2dbcCallLogs::toLog).all();
    }

    private record Count(String rep, String kind, int calls, int effective) {
    }

    private static Map<String, CallTally> tally(List<Count> counts) {
        Map<String, int[]> byRep = new HashMap<>();
        for (Count c : counts) {
            int[] t = byRep.computeIfAbsent(c.rep(), rep -> new int[5]);
            switch (c.kind()) {
                case "LEAD" -> t[0] += c.calls();
                case "CUSTOMER" -> t[1] += c.calls();
                case "OTHER" -> t[2] += c.calls();
                default -> t[4] += c.calls();
            }
            t[3] += c.effective();
        }
        Map<String, CallTally> result = new HashMap<>();
        byRep.forEach((rep, t) -> result.put(rep, new CallTally(t[0], t[1], t[2], t[3], t[4])));
        return result;
    }

    private static CallLog toLog(Readable row) {
        Integer lead = row.get("lead_calls", Integer.class);
        CallTally tally = lead == null ? null : new CallTally(lead, row.get("customer_calls", Integer.class),
                row.get("other_calls", Integer.class), row.get("effective_calls", Integer.class),
                row.get("open_questions", Integer.class));
        return CallLog.restore(new CallLogState(row.get("rep_id", String.class), row.get("team", String.class),
                row.get("log_date", LocalDate.class), instant(row, "closed_at"),
                Boolean.TRUE.equals(row.get("late", Boolean.class)), tally, instant(row, "reviewed_at"),
                row.get("reviewed_by", String.class), row.get("review_comment", String.class),
                row.get("version", Long.class)));
    }
}
