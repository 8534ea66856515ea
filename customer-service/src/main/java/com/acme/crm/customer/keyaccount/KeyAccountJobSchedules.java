package com.acme.crm.customer.keyaccount;

import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;
import com.acme.crm.customer.customer.CustomerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** C-12: the rhythm runs at {@code crm.key-accounts.rhythm-cron} (first day of each quarter) in the business zone. */
@Configuration(proxyBeanMethods = false)
class KeyAccountJobSchedules {

    @Bean
    ScheduledJob keyAccountRhythm(KeyAccountJobs jobs, KeyAccountProperties properties,
                                  CustomerProperties customerProperties) {
        return new ScheduledJob(KeyAccountJobs.JOB,
                Schedule.cron(properties.rhythmCron(), customerProperties.businessZone()), jobs::openQuarter);
    }
}
