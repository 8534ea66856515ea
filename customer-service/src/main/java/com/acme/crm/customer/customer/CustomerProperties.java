package com.acme.crm.customer.customer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

/**
 * customer-service settings ({@code crm.customer.*}); the defaults are the documents' numbers.
 *
 * @param tierAThreshold C-1: trailing purchases from which a customer is A
 * @param tierBThreshold C-1: trailing purchases from which a customer is B
 * @param tierWindow C-1: the trailing window (12 months)
 * @param accountManagerThreshold C-3: annual purchases above which a dedicated account manager is due
 * @param cadenceA C-2: contact cadence of A customers
 * @param cadenceB C-2: contact cadence of B customers
 * @param cadenceC C-2: contact cadence of C customers
 * @param onSiteVisitA C-2: on-site visit cadence of A customers
 * @param visitFilingDeadline C-4: a visit filed later than this is late
 * @param thankYouWithin C-5: thank-you message after a first visit
 * @param phoneFollowUpWithin C-5: phone follow-up after a first visit without a clear answer
 * @param pauseDefault C-6: pause length when the request does not say
 * @param pauseMin C-6: shortest pause
 * @param pauseMax C-6: longest pause
 * @param visitsWithoutProgressLimit C-7: visits without progress before a plan is needed
 * @param dormantAfter C-9: time without a purchase after which a customer is dormant
 * @param giftMaxValue C-10: the most a gift may be worth
 * @param businessZone B-1: the zone whose calendar day limits outbound contacts
 * @param jobInterval how often the follow-up, pause and dormancy jobs run (and at once when the clock moves)
 * @param tierRecomputeCron C-1: when the nightly tier recompute runs (Spring cron, in {@code businessZone})
 * @param jobBatchSize rows a job handles per transaction
 * @param maxPageSize the largest page a list request may ask for
 */
@ConfigurationProperties("crm.customer")
public record CustomerProperties(
        @DefaultValue("1000000") BigDecimal tierAThreshold,
        @DefaultValue("300000") BigDecimal tierBThreshold,
        @DefaultValue("365d") Duration tierWindow,
        @DefaultValue("1000000") BigDecimal accountManagerThreshold,
        @DefaultValue("7d") Duration cadenceA,
        @DefaultValue("14d") Duration cadenceB,
        @DefaultValue("30d") Duration cadenceC,
        @DefaultValue("30d") Duration onSiteVisitA,
        @DefaultValue("24h") Duration visitFilingDeadline,
        @DefaultValue("24h") Duration thankYouWithin,
        @DefaultValue("3d") Duration phoneFollowUpWithin,
        @DefaultValue("45d") Duration pauseDefault,
        @DefaultValue("30d") Duration pauseMin,
        @DefaultValue("60d") Duration pauseMax,
        @DefaultValue("3") int visitsWithoutProgressLimit,
        @DefaultValue("180d") Duration dormantAfter,
        @DefaultValue("200") BigDecimal giftMaxValue,
        @DefaultValue("Asia/Shanghai") ZoneId businessZone,
        @DefaultValue("30s") Duration jobInterval,
        @DefaultValue("0 30 2 * * *") String tierRecomputeCron,
        @DefaultValue("500") int jobBatchSize,
        @DefaultValue("200") int maxPageSize) {

    public TierPolicy tierPolicy() {
        return new TierPolicy(tierAThreshold, tierBThreshold, accountManagerThreshold);
    }
}
