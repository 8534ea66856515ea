package com.acme.crm.customer.leadcontact.client;

import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** Runs the lead contact fetch every {@code crm.customer.contact-fetch-interval} (1 s by default). */
@Configuration(proxyBeanMethods = false)
class LeadContactFetchSchedule {

    @Bean
    ScheduledJob leadContactFetch(LeadContactFetcher fetcher,
                                  @Value("${crm.customer.contact-fetch-interval:1s}") Duration interval) {
        return new ScheduledJob(LeadContactFetcher.JOB, Schedule.every(interval, false), fetcher::fetchDue);
    }
}
