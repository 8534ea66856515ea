package com.acme.crm.aftersales.complaint;

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
 * the complaint clock job. Every {@code crm.aftersales.deadline-check-interval} and at once when the clock moves,
 * it claims bounded batches of complaints with a stored deadline past due ({@code FOR UPDATE SKIP LOCKED}), publishes
 * {@code ComplaintClockBreached} once per clock and {@code ComplaintEscalated} once per complaint.
 */
@Configuration(proxyBeanMethods = false)
public class ComplaintClocks {

    public static final String CLOCK_JOB = "complaint-clocks";

    @Bean
    ScheduledJob complaintClockJob(Complaints complaints, ComplaintEventPublisher publisher, Jobs jobs, Clock clock,
                                 AftersalesProperties properties) {
        int batchSize = properties.deadlineBatchSize();
        return new ScheduledJob(CLOCK_JOB, Schedule.every(properties.deadlineCheckInterval(), true),
                () -> check(complaints, publisher, jobs, clock, batchSize));
    }

    static Mono<Long> check(Complaints complaints, ComplaintEventPublisher publisher, Jobs jobs, Clock clock,
                            int batchSize) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return jobs.inBatches(CLOCK_JOB, batchSize, limit -> complaints.lockDue(now, limit), batch -> {
            List<ComplaintEvent> events = new ArrayList<>();
            List<ComplaintState> changed = new ArrayList<>(batch.size());
            for (ComplaintState state : batch) {
                Complaint complaint = Complaint.restore(state);
                List<ComplaintEvent> found = complaint.check(now);
                if (!found.isEmpty()) {
                    changed.add(complaint.state());
                    events.addAll(found);
                }
            }
            return complaints.updateAll(changed).then(publisher.publishAll(events));
        });
    }
}
