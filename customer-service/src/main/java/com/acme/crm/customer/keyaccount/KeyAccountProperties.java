package com.acme.crm.customer.keyaccount;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

import java.time.Duration;

/**
 * Key-account rhythm settings ({@code crm.key-accounts.*}).
 *
 * @param rhythmCron C-12: when the quarterly run opens the quarter's tasks (Spring cron, in the business zone): by
 *                   default 00:05 on the first day of each quarter
 * @param dueAfterQuarterStart C-12: the review and the conversation fall due this long after the quarter starts
 *                             (never after it ends)
 */
@ConfigurationProperties("crm.key-accounts")
public record KeyAccountProperties(
        @DefaultValue("0 5 0 1 1,4,7,10 *") String rhythmCron,
        @DefaultValue("30d") Duration dueAfterQuarterStart) {

    public KeyAccountProperties {
        CronExpression.parse(rhythmCron); // fails at start-up on a malformed expression
        if (dueAfterQuarterStart.isNegative()) {
            throw new IllegalArgumentException("crm.key-accounts.due-after-quarter-start is never negative");
        }
    }
}
