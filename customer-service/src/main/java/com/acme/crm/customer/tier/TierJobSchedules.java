package com.acme.crm.customer.tier;

import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;
import com.acme.crm.customer.customer.CustomerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dormancy runs every {@code crm.customer.job-interval} (and at once when the clock moves); the tier recompute
 * nightly at {@code crm.customer.tier-recompute-cron} in the business zone (signed and paid orders recompute at once).
 */
@Configuration(proxyBeanMethods = false)
class TierJobSchedules {

    @Bean
    ScheduledJob customerDormancy(TierJobs jobs, CustomerProperties properties) {
        return new ScheduledJob(TierJobs.DORMANCY, Schedule.every(properties.jobInterval(), true), jobs::markDormant);
    }

    @Bean
    ScheduledJob customerTierRecompute(TierJobs jobs, CustomerProperties properties) {
        return new ScheduledJob(TierJobs.TIER_RECOMPUTE,
                Schedule.cron(properties.tierRecomputeCron(), properties.businessZone()), jobs::recomputeTiers);
    }
}
