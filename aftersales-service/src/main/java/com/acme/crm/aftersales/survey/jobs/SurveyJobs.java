package com.acme.crm.aftersales.survey.jobs;

import com.acme.crm.aftersales.survey.SurveyDesk;
import com.acme.crm.aftersales.survey.SurveyProperties;
import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A-4's quarterly round as a job: every {@code crm.aftersales.surveys.check-interval} and at once when the clock moves;
 * each run issues the current quarter's survey to every active customer still without one, so a customer gets one per
 * quarter however often it runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveyProperties.class)
class SurveyJobs {

    @Bean
    ScheduledJob aftersalesQuarterlySurveys(SurveyDesk surveys, SurveyProperties properties) {
        return new ScheduledJob(SurveyDesk.QUARTERLY_JOB, Schedule.every(properties.checkInterval(), true),
                surveys::issueQuarterlySurveys);
    }
}
