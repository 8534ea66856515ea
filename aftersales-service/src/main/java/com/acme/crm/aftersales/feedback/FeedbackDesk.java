package com.acme.crm.aftersales.feedback;

import com.acme.crm.aftersales.customer.AftersalesScope;
import com.acme.crm.aftersales.customer.CustomerDirectory;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Receives feedback about customers in the caller's scope, routes it and closes the loop when the improvement
 * ships. Each command decides in the aggregate, then writes and publishes in one transaction; a refusal writes and
 * publishes nothing.
 */
@Component
public class FeedbackDesk {

    private final FeedbackBook book;
    private final CustomerDirectory customers;
    private final FeedbackEventPublisher publisher;
    private final TransactionalOperator transactions;
    private final FeedbackProperties properties;
    private final Clock clock;

    FeedbackDesk(FeedbackBook book, CustomerDirectory customers, FeedbackEventPublisher publisher,
                 TransactionalOperator transactions, FeedbackProperties properties, Clock clock) {
        this.book = book;
        this.customers = customers;
        this.publisher = publisher;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** feedback of a customer in the caller's scope, routed to the queue of its class. */
    public Mono<FeedbackState> receive(UUID customerId, FeedbackClass classification, String summary, CrmUser user) {
        return customers.require(customerId, user, "A-3").flatMap(customer -> {
            Feedback feedback = Feedback.receive(customerId, customer.ownerId(), customer.team(), classification,
                    summary, properties.routingPolicy(), user.id(), now());
            return book.insert(feedback.state()).then(publisher.publish(feedback.received()))
                    .thenReturn(feedback.state());
        }).as(transactions::transactional);
    }

    /** the improvement shipped: a task for the customer's owner to tell the customer; once (422 naming A-3). */
    public Mono<FeedbackState> shipImprovement(UUID id, String improvement, CrmUser user) {
        return get(id, user).flatMap(stored -> {
            Feedback feedback = Feedback.restore(stored);
            FeedbackEvent event = feedback.shipImprovement(improvement, user.id(), properties.tellCustomerWithin(),
                    now());
            return book.update(feedback.state()).then(publisher.publish(event)).thenReturn(feedback.state());
        }).as(transactions::transactional);
    }

    /** Feedback inside the caller's scope; outside it looks missing. */
    public Mono<FeedbackState> get(UUID id, CrmUser user) {
        DataScope scope = AftersalesScope.of(user);
        return book.find(id)
                .filter(f -> scope.includes(f.ownerId(), f.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Feedback", id)));
    }

    /** a queue's feedback (or all) in the caller's scope, newest first. */
    public Mono<PageResponse<FeedbackState>> list(@Nullable FeedbackQueue queue, CrmUser user, PageRequest page) {
        DataScope scope = AftersalesScope.of(user);
        return Mono.zip(book.page(scope, queue, page).collectList(), book.count(scope, queue))
                .map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }


    /** the caller's closed-loop tasks: customers of theirs to tell that the improvement they asked for shipped. */
    public Mono<PageResponse<FeedbackState>> tasks(CrmUser user, PageRequest page) {
        return Mono.zip(book.tasksOf(user.id(), page).collectList(), book.countTasksOf(user.id()))
                .map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
