package com.acme.crm.order.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The configured numbers of the order rules, as the domain reads them (bound from {@code crm.order.orders.*}).
 *
 * @param defaultSplit           O-3: the milestone split of a contract that names none (30 / 60 / 10)
 * @param defaultPenaltyRate     O-3: late-delivery penalty per day late, as a fraction of the contract value
 * @param prepaymentDue          O-7: the prepayment is due this long after signing
 * @param arrivalPaymentDue      O-7: the arrival payment is due this long after arrival
 * @param acceptancePaymentDue   O-7: the acceptance payment is due this long after acceptance
 * @param acceptanceWindow       O-5: the customer accepts or rejects within this long of arrival (or installation)
 * @param shareTrackingWithin    O-4: the tracking number is shared with the customer within this long of shipping
 * @param deliveryReminderBefore O-4: the customer is reminded this long before the delivery date
 * @param businessZone           the zone of delivery dates (days late are counted in it)
 */
public record OrderPolicy(MilestoneSplit defaultSplit, BigDecimal defaultPenaltyRate, Duration prepaymentDue,
                          Duration arrivalPaymentDue, Duration acceptancePaymentDue, Duration acceptanceWindow,
                          Duration shareTrackingWithin, Duration deliveryReminderBefore, ZoneId businessZone) {

    /** The defaults of the domain rules. */
    public static OrderPolicy defaults() {
        return new OrderPolicy(new MilestoneSplit(BigDecimal.valueOf(30), BigDecimal.valueOf(60), BigDecimal.valueOf(10)),
                new BigDecimal("0.0005"), Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(30),
                Duration.ofDays(3), Duration.ofHours(1), Duration.ofDays(2), ZoneId.of("Asia/Shanghai"));
    }
}
