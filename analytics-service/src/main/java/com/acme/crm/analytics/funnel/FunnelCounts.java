package com.acme.crm.analytics.funnel;

import java.util.EnumMap;
import java.util.Map;

/** How many leads of one group (a channel, or everyone) reached each stage. */
public record FunnelCounts(Map<FunnelStage, Long> counts) {

    public FunnelCounts {
        EnumMap<FunnelStage, Long> complete = new EnumMap<>(FunnelStage.class);
        for (FunnelStage stage : FunnelStage.values()) {
            complete.put(stage, counts.getOrDefault(stage, 0L));
        }
        counts = complete;
    }

    public long count(FunnelStage stage) {
        return counts.get(stage);
    }

    public FunnelCounts plus(FunnelCounts other) {
        EnumMap<FunnelStage, Long> sum = new EnumMap<>(FunnelStage.class);
        for (FunnelStage stage : FunnelStage.values()) {
            sum.put(stage, count(stage) + other.count(stage));
        }
        return new FunnelCounts(sum);
    }
}
