package com.acme.crm.aftersales.feedback;

import java.util.EnumMap;
import java.util.Map;

/**
 * feedback is routed by its class: product feedback to R&D, service feedback to after-sales, process feedback to
 * operations, unless {@code crm.aftersales.feedback.routing} says otherwise for a class.
 */
public final class FeedbackRouting {

    private final Map<FeedbackClass, FeedbackQueue> queues = new EnumMap<>(FeedbackClass.class);

    public FeedbackRouting(Map<FeedbackClass, FeedbackQueue> overrides) {
        queues.put(FeedbackClass.PRODUCT, FeedbackQueue.R_AND_D);
        queues.put(FeedbackClass.SERVICE, FeedbackQueue.AFTER_SALES);
        queues.put(FeedbackClass.PROCESS, FeedbackQueue.OPERATIONS);
        queues.putAll(overrides);
    }

    public static FeedbackRouting standard() {
        return new FeedbackRouting(Map.of());
    }

    public FeedbackQueue queueFor(FeedbackClass classification) {
        return queues.get(classification);
    }
}
