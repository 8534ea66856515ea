package com.acme.crm.analytics.funnel;

/** N-1: the stages a lead passes on its way to a signed order, in order. */
public enum FunnelStage {
    CAPTURED,
    CONTACTED,
    GRADED,
    VISITED,
    QUOTED,
    SIGNED;

    /**
     * N-1: a stage order-service reports about a customer (a quote issued, an order signed), which the funnel
     * credits to the lead the customer was converted from; the earlier stages are reported about the lead itself.
     */
    public boolean isReachedThroughCustomer() {
        return this == QUOTED || this == SIGNED;
    }
}
