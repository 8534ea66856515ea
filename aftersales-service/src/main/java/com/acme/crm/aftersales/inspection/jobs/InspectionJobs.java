package com.acme.crm.aftersales.inspection.jobs;

import com.acme.crm.aftersales.inspection.InspectionDesk;
import com.acme.crm.aftersales.inspection.InspectionProperties;
import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A-5's quarterly round as a job: every {@code crm.aftersales.inspections.check-interval} and at once when the clock
 * moves; each run gives every customer with an accepted order the current quarter's inspection if it has none yet.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InspectionProperties.class)
class InspectionJobs {

    @Bean
    ScheduledJob aftersalesQuarterlyInspections(InspectionDesk inspections, InspectionProperties properties) {
        return new ScheduledJob(InspectionDesk.QUARTERLY_JOB, Schedule.every(properties.checkInterval(), true),
                inspections::scheduleQuarterlyInspections);
    }
}
