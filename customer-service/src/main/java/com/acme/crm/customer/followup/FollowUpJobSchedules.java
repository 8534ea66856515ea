package com.acme.crm.customer.followup;

import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;
import com.acme.crm.customer.customer.CustomerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Follow-up escalation and pause resume run every {@code crm.customer.job-interval}, and at once when the clock moves. */
@Configuration(proxyBeanMethods = false)
class FollowUpJobSchedules {

    @Bean
    ScheduledJob customerEscalation(FollowUpJobs jobs, CustomerProperties properties) {
        return new ScheduledJob(FollowUpJobs.ESCALATION, Schedule.every(properties.jobInterval(), true),
                jobs::escalate);
    }

    @Bean
    ScheduledJob customerPauseResume(FollowUpJobs jobs, CustomerProperties properties) {
        return new ScheduledJob(FollowUpJobs.PAUSE_RESUME, Schedule.every(properties.jobInterval(), true),
                jobs::resumePauses);
    }
}
