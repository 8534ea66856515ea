package com.acme.crm.order;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * order-service settings ({@code crm.order.*}); the defaults are the documents' numbers.
 *
 * @param repDiscountAuthority O-2: the discount off list (percent) a rep may give alone; 0: "销售员不得以任何理由降低销售价格"
 * @param managerDiscountAuthority O-2: the most a sales manager may approve (percent); beyond it the general manager
 * @param prepaymentPercent O-2/O-3: default payment terms, share due as prepayment
 * @param arrivalPercent O-2/O-3: default share due on arrival
 * @param acceptancePercent O-2/O-3: default share due on acceptance
 * @param maxPageSize the largest page a list request may ask for
 */
@ConfigurationProperties("crm.order")
public record OrderProperties(
        @DefaultValue("0") BigDecimal repDiscountAuthority,
        @DefaultValue("15") BigDecimal managerDiscountAuthority,
        @DefaultValue("30") BigDecimal prepaymentPercent,
        @DefaultValue("60") BigDecimal arrivalPercent,
        @DefaultValue("10") BigDecimal acceptancePercent,
        @DefaultValue("200") int maxPageSize,
        @DefaultValue Orders orders,
        @DefaultValue Payments payments) {

    /**
     * Orders after signing ({@code crm.order.orders.*}).
     *
     * @param penaltyRate O-3: default late-delivery penalty per day late, a fraction of the contract value
     * @param prepaymentDue O-7: the prepayment is due this long after signing
     * @param arrivalPaymentDue O-7: the arrival payment is due this long after arrival
     * @param acceptancePaymentDue O-7: the acceptance payment is due this long after acceptance
     * @param acceptanceWindow O-5: the customer accepts within this long of arrival (or installation)
     * @param shareTrackingWithin O-4: the tracking number goes to the customer within this long of shipping
     * @param deliveryReminderBefore O-4: the customer is reminded this long before the delivery date
     * @param businessZone the zone delivery dates and collection-list days are counted in
     * @param deadlineCheckInterval how often the order jobs look for due rows
     * @param deadlineBatchSize rows a job claims per transaction
     */
    public record Orders(
            @DefaultValue("0.0005") BigDecimal penaltyRate,
            @DefaultValue("7d") java.time.Duration prepaymentDue,
            @DefaultValue("30d") java.time.Duration arrivalPaymentDue,
            @DefaultValue("30d") java.time.Duration acceptancePaymentDue,
            @DefaultValue("3d") java.time.Duration acceptanceWindow,
            @DefaultValue("1h") java.time.Duration shareTrackingWithin,
            @DefaultValue("2d") java.time.Duration deliveryReminderBefore,
            @DefaultValue("Asia/Shanghai") java.time.ZoneId businessZone,
            @DefaultValue("30s") java.time.Duration deadlineCheckInterval,
            @DefaultValue("200") int deadlineBatchSize) {
    }

    /**
     * Payments and collection ({@code crm.order.payments.*}).
     *
     * @param generalManagerConfirmsCollections O-10: where the organisation has no finance role, the general
     *                                          manager gives finance's confirmation of a collection
     */
    public record Payments(@DefaultValue("false") boolean generalManagerConfirmsCollections) {
    }
}
