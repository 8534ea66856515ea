package com.acme.crm.aftersales.survey;

import com.acme.crm.aftersales.customer.AftersalesScope;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Issues satisfaction surveys: once per accepted order, inside the inbox transaction of the OrderAccepted, and
 * once per active customer per quarter, in the quarterly round; records answers once; reads the NPS of a period.
 */
@Component
public class SurveyDesk {

    /** The quarterly round's job name, in logs, metrics and {@code crm.jobs.timeouts.*}. */
    public static final String QUARTERLY_JOB = "aftersales-quarterly-surveys";

    private final Surveys surveys;
    private final SurveyEventPublisher publisher;
    private final TransactionalOperator transactions;
    private final Jobs jobs;
    private final SurveyProperties properties;
    private final Clock clock;

    SurveyDesk(Surveys surveys, SurveyEventPublisher publisher, TransactionalOperator transactions, Jobs jobs,
               SurveyProperties properties, Clock clock) {
        this.surveys = surveys;
        this.publisher = publisher;
        this.transactions = transactions;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * an order was accepted (deemed or not): its customer is active, and the order gets exactly one survey; a
     * redelivery (or a second acceptance event of the order) issues none. Runs inside the caller's inbox transaction.
     */
    public Mono<Void> orderAccepted(UUID orderId, UUID customerId, String ownerId, String team) {
        Instant now = now();
        Survey survey = Survey.afterAcceptance(orderId, customerId, ownerId, team, now);
        return surveys.markActive(customerId, ownerId, team, now)
                .then(surveys.insertIfNew(survey.state()))
                .flatMap(stored -> stored ? publisher.publish(survey.issued()) : Mono.empty());
    }

    /** the quarterly round: a survey for every active customer without one this quarter; emits how many. */
    public Mono<Long> issueQuarterlySurveys() {
        Instant now = now();
        Quarter quarter = Quarter.of(now, properties.businessZone());
        return jobs.inBatches(QUARTERLY_JOB, properties.batchSize(),
                limit -> surveys.lockActiveWithoutSurvey(quarter, limit),
                batch -> {
                    List<Survey> issued = batch.stream().map(c -> Survey.quarterly(quarter, c.customerId(),
                            c.ownerId(), c.team(), now)).toList();
                    return surveys.insertAllIfNew(issued.stream().map(Survey::state).toList())
                            // Drained before publishing: R2DBC runs no statement while a result still streams.
                            .collectList()
                            .flatMapMany(Flux::fromIterable)
                            .concatMap(stored -> publisher.publish(Survey.restore(stored).issued()))
                            .then();
                });
    }

    /** the customer's answer, once (422 naming A-4 for a second one). */
    public Mono<SurveyState> answer(UUID id, int satisfaction, int nps, CrmUser user) {
        return get(id, user).flatMap(stored -> {
            Survey survey = Survey.restore(stored);
            SurveyEvent event = survey.answer(satisfaction, nps, user.id(), now());
            return surveys.update(survey.state()).then(publisher.publish(event)).thenReturn(survey.state());
        }).as(transactions::transactional);
    }

    /** A survey inside the caller's scope; outside it looks missing. */
    public Mono<SurveyState> get(UUID id, CrmUser user) {
        DataScope scope = AftersalesScope.of(user);
        return surveys.find(id)
                .filter(s -> scope.includes(s.ownerId(), s.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Survey", id)));
    }

    /** Surveys in the caller's scope, optionally only the answered or the open ones, newest first. */
    public Mono<PageResponse<SurveyState>> list(@Nullable Boolean answered, CrmUser user, PageRequest page) {
        DataScope scope = AftersalesScope.of(user);
        return Mono.zip(surveys.page(scope, answered, page).collectList(), surveys.count(scope, answered))
                .map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    /** the NPS of the answers in {@code [from, to)}, of one team or all the caller sees. */
    public Mono<NpsScore> nps(Instant from, Instant to, @Nullable String team, CrmUser user) {
        if (!to.isAfter(from)) {
            return Mono.error(new InvalidFieldException("to", "must be after from"));
        }
        return surveys.nps(from, to, AftersalesScope.of(user), team);
    }


    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
