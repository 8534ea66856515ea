package com.acme.crm.chassis.jobs;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import java.time.Clock;

/** The job runner every service's {@link ScheduledJob} beans run on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobProperties.class)
public class JobsConfiguration {

    @Bean
    Jobs jobs(DatabaseClient db, TransactionalOperator transactions, Clock clock, MeterRegistry registry,
              JobProperties properties, ObjectProvider<ScheduledJob> declared) {
        return new Jobs(db, transactions, clock, registry, properties, declared);
    }
}
