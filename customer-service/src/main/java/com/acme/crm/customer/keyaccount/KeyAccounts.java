package com.acme.crm.customer.keyaccount;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** C-12: the rhythm tasks opened per customer and quarter; the persistence adapter implements it. */
public interface KeyAccounts {

    /**
     * C-12: up to {@code limit} customers still owed a rhythm task of {@code quarter} (A-tier without a review, active
     * without a conversation, as {@link KeyAccountRhythm} defines them), with the tasks already opened; their rows
     * locked for this transaction, so a handover waits and the owner is current.
     */
    Flux<Candidate> lockOwed(Quarter quarter, Instant now, int limit);

    /**
     * C-12: records the tasks opened for the quarter, skipping any recorded meanwhile (a second replica); emits the
     * task ids recorded now, whose tasks the caller opens.
     */
    Flux<UUID> record(Quarter quarter, List<Opened> opened, Instant now);

    /**
     * C-12: one page of the quarter's business reviews: every customer in the scope (and {@code team}) that is A-tier
     * now or has a review task of the quarter, with that task's state at {@code now}; one statement.
     */
    Mono<PageResponse<ReviewRow>> reviews(Quarter quarter, @Nullable String team, DataScope scope, Instant now,
                                          PageRequest page);

    /** A customer owed a rhythm task, and the tasks of the quarter it has already. */
    record Candidate(UUID customerId, Set<RhythmTask> opened) {
    }

    /** A rhythm task opened for a customer as task {@code taskId}. */
    record Opened(UUID customerId, RhythmTask task, UUID taskId) {
    }

    /** Where a quarter's business review stands. */
    enum ReviewStatus {
        /** No review task this quarter: the customer turned A after the quarter's run (it gets one next quarter). */
        NOT_OPENED,
        /** Open and not yet due. */
        OPEN,
        /** Open past its due time. */
        OVERDUE,
        /** Done. */
        DONE
    }

    /** One customer of the quarter's review list. */
    record ReviewRow(UUID customerId, String company, String ownerId, String team, String tier, ReviewStatus status,
                     @Nullable UUID taskId, @Nullable Instant dueAt, @Nullable Instant doneAt) {
    }
}
