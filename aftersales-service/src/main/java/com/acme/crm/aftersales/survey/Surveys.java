package com.acme.crm.aftersales.survey;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The stored surveys, each unique per order and per customer and quarter. */
public interface Surveys {

    /** Stores the survey unless its order (or customer and quarter) already has one; emits whether it was stored. */
    Mono<Boolean> insertIfNew(SurveyState survey);

    /** Stores those of the surveys not already there; emits the ones stored. */
    Flux<SurveyState> insertAllIfNew(List<SurveyState> surveys);

    /** Saves an answer on the stored {@code version}; a concurrent answer fails with 409. */
    Mono<Void> update(SurveyState survey);

    Mono<SurveyState> find(UUID id);

    /** Surveys in the scope, optionally only the answered or the open ones, newest first. */
    Flux<SurveyState> page(DataScope scope, @Nullable Boolean answered, PageRequest page);

    Mono<Long> count(DataScope scope, @Nullable Boolean answered);

    /** Records that the customer has an accepted order, with its current owner and team: it is active for A-4. */
    Mono<Void> markActive(UUID customerId, String ownerId, String team, Instant at);

    /**
     * Claims (locks) up to {@code limit} active customers without a survey of the quarter, each with its current owner
     * and team from the ownership projection (or those of its last acceptance, where the projection lacks it).
     */
    Flux<ActiveCustomer> lockActiveWithoutSurvey(Quarter quarter, int limit);

    /** promoters, passives and detractors among the answers in {@code [from, to)} in the scope and team. */
    Mono<NpsScore> nps(Instant from, Instant to, DataScope scope, @Nullable String team);

    /** An active customer: one with an accepted order. */
    record ActiveCustomer(UUID customerId, String ownerId, String team) {
    }
}
