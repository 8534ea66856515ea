package com.acme.crm.analytics.funnel;

/** N-1: the stages a lead passes on its way to a signed order, in order. */
public enum FunnelStage {
    CAPTURED,
    CONTACTED,
    GRADED,
    VISITED,
    QUOTED,
    SIGNED
}
