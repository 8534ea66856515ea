package com.acme.crm.customer.profile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * Profile settings ({@code crm.profile.*}).
 *
 * @param remindDaysBefore C-11: how many days before a birthday, the anniversary or the decision time its reminder
 *                         task opens
 * @param reminderCron C-11: when the daily reminder run starts (Spring cron, in the business zone)
 */
@ConfigurationProperties("crm.profile")
public record ProfileProperties(
        @DefaultValue("7") int remindDaysBefore,
        @DefaultValue("0 0 6 * * *") String reminderCron) {

    public ProfileProperties {
        if (remindDaysBefore < 0 || remindDaysBefore > 60) {
            throw new IllegalArgumentException("crm.profile.remind-days-before is between 0 and 60");
        }
        CronExpression.parse(reminderCron); // fails at start-up on a malformed expression
    }
}
