package com.acme.crm.lead.calllog;

import com.acme.crm.lead.lead.Contact;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Where call logs and what they gather are kept; the persistence adapter implements it. */
public interface CallLogs {

    Mono<CallLog> find(String repId, LocalDate date);

    /** The log locked until the caller's transaction ends, stored first (open, in {@code team}) if it was not. */
    Mono<CallLog> lockOrCreate(String repId, String team, LocalDate date);

    /** Stores a changed log; fails with an optimistic-locking error if someone changed it meanwhile. */
    Mono<Void> update(CallLog log);

    Mono<Void> addCall(String repId, LocalDate date, OtherCall call);

    Mono<Void> addQuestion(String repId, LocalDate date, Question question);

    /** One rep's calls and questions of the day, each list at most {@code limit} long, earliest first. */
    Mono<Entries> entries(String repId, BusinessDay day, int limit);

    /** the day's counts of each of these reps, gathered in one statement whatever their number. */
    Mono<Map<String, CallTally>> tallies(Collection<String> repIds, BusinessDay day);

    /** The stored logs of a team for a date. */
    Flux<CallLog> ofTeam(String team, LocalDate date);

    /** A phone contact with a lead the rep recorded (L-2). */
    record LeadCall(UUID leadId, Instant at, Contact.Direction direction, Contact.Outcome outcome) {
    }

    /** A phone touch with a customer the rep recorded in customer-service. */
    record CustomerCall(UUID customerId, Instant at, boolean customerInitiated) {
    }

    /** A call to someone who is neither lead nor customer: the outcome and a note, no number. */
    record OtherCall(UUID id, Instant at, Contact.Outcome outcome, @Nullable String note) {
    }

    /** An open customer question for the manager. */
    record Question(UUID id, String text, @Nullable UUID customerId, @Nullable UUID leadId, Instant askedAt) {
    }

    record Entries(List<LeadCall> leadCalls, List<CustomerCall> customerCalls, List<OtherCall> otherCalls,
                   List<Question> questions) {
    }
}
