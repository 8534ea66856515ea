package com.acme.crm.aftersales.ticket;

import com.acme.crm.aftersales.AftersalesProperties;
import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * the ticket breach job. Every {@code crm.aftersales.deadline-check-interval} and at once when the clock moves,
 * it claims bounded batches of tickets with a stored deadline past due ({@code FOR UPDATE SKIP LOCKED}), publishes
 * {@code TicketSlaBreached} once per clock and records the escalation to the team's manager.
 */
@Configuration(proxyBeanMethods = false)
public class TicketClocks {

    public static final String BREACH_JOB = "ticket-sla-breaches";

    @Bean
    ScheduledJob ticketSlaBreaches(Tickets tickets, TicketEventPublisher publisher, Jobs jobs, Clock clock,
                                   AftersalesProperties properties) {
        int batchSize = properties.deadlineBatchSize();
        return new ScheduledJob(BREACH_JOB, Schedule.every(properties.deadlineCheckInterval(), true),
                () -> breaches(tickets, publisher, jobs, clock, batchSize));
    }

    static Mono<Long> breaches(Tickets tickets, TicketEventPublisher publisher, Jobs jobs, Clock clock, int batchSize) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return jobs.inBatches(BREACH_JOB, batchSize, limit -> tickets.lockBreachCandidates(now, limit), batch -> {
            List<TicketEvent> events = new ArrayList<>();
            List<TicketState> changed = new ArrayList<>(batch.size());
            for (TicketState state : batch) {
                Ticket ticket = Ticket.restore(state);
                List<TicketEvent> found = ticket.breaches(now);
                if (!found.isEmpty()) {
                    changed.add(ticket.state());
                    events.addAll(found);
                }
            }
            return tickets.updateAll(changed).then(publisher.publishAll(events));
        });
    }
}
