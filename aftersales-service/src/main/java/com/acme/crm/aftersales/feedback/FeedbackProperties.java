package com.acme.crm.aftersales.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * A-3 settings ({@code crm.aftersales.feedback.*}).
 *
 * @param routing the queue of a feedback class where it differs from the standard (PRODUCT → R_AND_D, SERVICE →
 *                AFTER_SALES, PROCESS → OPERATIONS)
 * @param tellCustomerWithin how long the customer's owner has to tell the customer once the improvement shipped
 */
@ConfigurationProperties("crm.aftersales.feedback")
public record FeedbackProperties(@DefaultValue Map<FeedbackClass, FeedbackQueue> routing,
                                 @DefaultValue("3d") Duration tellCustomerWithin) {

    public FeedbackRouting routingPolicy() {
        return new FeedbackRouting(routing);
    }
}
