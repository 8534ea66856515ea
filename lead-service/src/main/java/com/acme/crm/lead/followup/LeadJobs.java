package com.acme.crm.lead.followup;

import com.acme.crm.lead.LeadProperties;
import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * lead-service's periodic jobs: every {@code crm.lead.deadline-check-interval} and at once when the clock moves
 * (timeouts in {@code crm.jobs.*}).
 */
@Configuration(proxyBeanMethods = false)
class LeadJobs {

    @Bean
    ScheduledJob leadSlaBreaches(LeadDeadlines deadlines, LeadProperties properties) {
        return new ScheduledJob(LeadDeadlines.BREACH_JOB, Schedule.every(properties.deadlineCheckInterval(), true),
                deadlines::reportBreaches);
    }

    @Bean
    ScheduledJob leadNurture(LeadDeadlines deadlines, LeadProperties properties) {
        return new ScheduledJob(LeadDeadlines.NURTURE_JOB, Schedule.every(properties.deadlineCheckInterval(), true),
                deadlines::openNurtureTasks);
    }
}
