package com.acme.crm.analytics.funnel;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * N-1: the funnel of the leads captured in a period: how many reached each stage, the conversion from the stage
 * before, and the same counts per channel.
 */
public record FunnelReport(@Nullable Instant from, @Nullable Instant to, List<Stage> stages,
                           Map<String, Map<FunnelStage, Long>> byChannel) {

    /** A stage's count and its conversion rate from the previous stage (null for the first, or after a zero). */
    public record Stage(FunnelStage stage, long count, @Nullable BigDecimal conversionFromPrevious) {
    }

    public static FunnelReport of(@Nullable Instant from, @Nullable Instant to, Map<String, FunnelCounts> channels) {
        FunnelCounts total = channels.values().stream()
                .reduce(new FunnelCounts(Map.of()), FunnelCounts::plus);
        List<Stage> stages = new ArrayList<>();
        Long previous = null;
        for (FunnelStage stage : FunnelStage.values()) {
            long count = total.count(stage);
            stages.add(new Stage(stage, count, rate(count, previous)));
            previous = count;
        }
        Map<String, Map<FunnelStage, Long>> byChannel = new LinkedHashMap<>();
        new TreeMap<>(channels).forEach((channel, counts) -> byChannel.put(channel, counts.counts()));
        return new FunnelReport(from, to, stages, byChannel);
    }

    static @Nullable BigDecimal rate(long count, @Nullable Long previous) {
        if (previous == null || previous == 0) {
            return null;
        }
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(previous), 4, RoundingMode.HALF_UP);
    }
}
