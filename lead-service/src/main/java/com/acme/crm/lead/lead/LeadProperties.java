package com.acme.crm.lead.lead;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * lead-service settings ({@code crm.lead.*}); the defaults are the documents' numbers.
 *
 * @param firstContactSla L-2: time from capture to first contact
 * @param tradeShowFollowUpEmail L-2: time from capture to the tailored e-mail of a trade-show lead
 * @param maxPageSize the largest page a list request may ask for
 */
@ConfigurationProperties("crm.lead")
public record LeadProperties(
        @DefaultValue("48h") Duration firstContactSla,
        @DefaultValue("24h") Duration tradeShowFollowUpEmail,
        @DefaultValue("200") int maxPageSize) {
}
