package com.acme.crm.aftersales.feedback;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** The stored feedback and its closed-loop tasks. */
public interface FeedbackBook {

    Mono<Void> insert(FeedbackState feedback);

    /** Saves a change on the stored {@code version}; a concurrent change fails with 409. */
    Mono<Void> update(FeedbackState feedback);

    Mono<FeedbackState> find(UUID id);

    /** Feedback in the scope, optionally one queue's, newest first. */
    Flux<FeedbackState> page(DataScope scope, @Nullable FeedbackQueue queue, PageRequest page);

    Mono<Long> count(DataScope scope, @Nullable FeedbackQueue queue);

    /** the feedback whose closed-loop task is the assignee's, soonest due first. */
    Flux<FeedbackState> tasksOf(String assignee, PageRequest page);

    Mono<Long> countTasksOf(String assignee);
}
