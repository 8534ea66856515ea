package com.acme.crm.analytics.funnel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FunnelReportTest {

    @Test
    void n1_countsEveryStageAndTheConversionFromTheStageBefore() {
        FunnelReport report = FunnelReport.of(null, null, Map.of(
                "TRADE_SHOW", new FunnelCounts(Map.of(FunnelStage.CAPTURED, 6L, FunnelStage.CONTACTED, 3L)),
                "WEBSITE", new FunnelCounts(Map.of(FunnelStage.CAPTURED, 2L, FunnelStage.CONTACTED, 1L,
                        FunnelStage.GRADED, 1L))));

        assertThat(report.stages()).extracting(FunnelReport.Stage::count).containsExactly(8L, 4L, 1L, 0L, 0L, 0L);
        assertThat(report.stages().get(0).conversionFromPrevious()).isNull();
        assertThat(report.stages().get(1).conversionFromPrevious()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(report.stages().get(2).conversionFromPrevious()).isEqualByComparingTo(new BigDecimal("0.25"));
        assertThat(report.stages().get(4).conversionFromPrevious()).as("no rate after an empty stage").isNull();
        assertThat(report.byChannel()).containsOnlyKeys("TRADE_SHOW", "WEBSITE");
        assertThat(report.byChannel().get("WEBSITE")).containsEntry(FunnelStage.GRADED, 1L)
                .containsEntry(FunnelStage.SIGNED, 0L);
    }

    @Test
    void anEmptyPeriodHasZeroesAndNoRates() {
        FunnelReport report = FunnelReport.of(null, null, Map.of());

        assertThat(report.stages()).allSatisfy(stage -> {
            assertThat(stage.count()).isZero();
            assertThat(stage.conversionFromPrevious()).isNull();
        });
    }
}
