package com.acme.crm.customer.customer;

import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * customer-service's periodic jobs: follow-up escalation, pause resume and dormancy every
 * {@code crm.customer.job-interval} (and at once when the clock moves); the tier recompute nightly at
 * {@code crm.customer.tier-recompute-cron} in the business zone (signed and paid orders recompute at once).
 */
@Configuration(proxyBeanMethods = false)
class CustomerJobSchedules {

    @Bean
    ScheduledJob customerEscalation(CustomerJobs jobs, CustomerProperties properties) {
        return new ScheduledJob(CustomerJobs.ESCALATION, Schedule.every(properties.jobInterval(), true), jobs::escalate);
    }

    @Bean
    ScheduledJob customerPauseResume(CustomerJobs jobs, CustomerProperties properties) {
        return new ScheduledJob(CustomerJobs.PAUSE_RESUME, Schedule.every(properties.jobInterval(), true),
                jobs::resumePauses);
    }

    @Bean
    ScheduledJob customerDormancy(CustomerJobs jobs, CustomerProperties properties) {
        return new ScheduledJob(CustomerJobs.DORMANCY, Schedule.every(properties.jobInterval(), true),
                jobs::markDormant);
    }

    @Bean
    ScheduledJob customerTierRecompute(CustomerJobs jobs, CustomerProperties properties) {
        return new ScheduledJob(CustomerJobs.TIER_RECOMPUTE,
                Schedule.cron(properties.tierRecomputeCron(), properties.businessZone()), jobs::recomputeTiers);
    }
}
