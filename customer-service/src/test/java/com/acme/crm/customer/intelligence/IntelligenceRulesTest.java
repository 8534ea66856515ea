package com.acme.crm.customer.intelligence;

import com.acme.crm.chassis.clock.AdjustableClock;
import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.web.InvalidFieldException;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** N-9: filing a market intelligence report, its routing to a product department and its acknowledgement. */
class IntelligenceRulesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 23:59 on Monday 23 November in Shanghai; still the 23rd in UTC too. */
    static final Instant BEFORE_MIDNIGHT_SHANGHAI = Instant.parse("2026-11-23T15:59:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);

    static Observation observed(LocalDate on, BigDecimal price) {
        return new Observation("Rival Pumps", "SP-400X", "pump", price, "10% off until year end", "East China",
                IntelligenceSource.TRADE_SHOW, on, null, "heard at the Shanghai fair");
    }

    static IntelligenceReport filed() {
        return IntelligenceReport.restore(IntelligenceReport.file(observed(MONDAY, new BigDecimal("128000.00")),
                "rep-1", "east", "PUMPS", BEFORE_MIDNIGHT_SHANGHAI, SHANGHAI).report());
    }

    @Test
    void n9_aReportObservedTomorrowInShanghaiIsRefusedNamingObservedOn_untilTheClockCrossesShanghaisMidnight() {
        AdjustableClock clock = new AdjustableClock(Clock.fixed(BEFORE_MIDNIGHT_SHANGHAI, ZoneOffset.UTC), e -> { });

        assertThatThrownBy(() -> IntelligenceReport.file(observed(TUESDAY, null), "rep-1", "east", "PRODUCT",
                clock.instant(), SHANGHAI))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("observedOn"))
                .hasMessageContaining("N-9");

        clock.advance(Duration.ofMinutes(2)); // 00:01 on Tuesday in Shanghai, still 16:01 on Monday in UTC
        assertThat(clock.instant().atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(MONDAY);
        IntelligenceEvent.Filed filed = IntelligenceReport.file(observed(TUESDAY, null), "rep-1", "east", "PRODUCT",
                clock.instant(), SHANGHAI);

        assertThat(filed.report().observation().observedOn()).isEqualTo(TUESDAY);
        assertThat(filed.report().status()).isEqualTo(IntelligenceReport.Status.FILED);
    }

    @Test
    void n9_todayAndEarlierDaysAreFine() {
        IntelligenceEvent.Filed filed = IntelligenceReport.file(observed(MONDAY, BigDecimal.ZERO), "rep-1", "east",
                "PRODUCT", BEFORE_MIDNIGHT_SHANGHAI, SHANGHAI);

        assertThat(filed.report().observation().price()).isEqualByComparingTo("0");
        assertThat(filed.report().currency()).isEqualTo("CNY");
        assertThat(IntelligenceReport.file(observed(MONDAY.minusYears(1), null), "rep-1", null, "PRODUCT",
                BEFORE_MIDNIGHT_SHANGHAI, SHANGHAI).report().team()).isNull();
    }

    @Test
    void n9_aNegativePriceIsRefusedNamingPrice() {
        assertThatThrownBy(() -> IntelligenceReport.file(observed(MONDAY, new BigDecimal("-0.01")), "rep-1", "east",
                "PRODUCT", BEFORE_MIDNIGHT_SHANGHAI, SHANGHAI))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("price"));
    }

    @Test
    void n9_aDepartmentReaderAcknowledgesAReportOnce() {
        IntelligenceReport report = filed();
        Instant later = BEFORE_MIDNIGHT_SHANGHAI.plus(Duration.ofHours(10));

        IntelligenceEvent.Reviewed reviewed = report.review("dir-1", "pricing team informed", later);

        assertThat(reviewed.report().status()).isEqualTo(IntelligenceReport.Status.REVIEWED);
        assertThat(reviewed.report().reviewedBy()).isEqualTo("dir-1");
        assertThat(reviewed.report().reviewedAt()).isEqualTo(later);
        assertThat(reviewed.report().reviewNote()).isEqualTo("pricing team informed");
        assertThatThrownBy(() -> report.review("gm-1", "again", later))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("N-9"));
    }

    @Test
    void n9_theLongestModelPrefixRoutesTheReport_ignoringCase() {
        IntelligenceRouting routing = new IntelligenceProperties("PRODUCT", List.of(
                new IntelligenceProperties.Route("PUMPS", List.of("SP"), List.of("pump")),
                new IntelligenceProperties.Route("HIGH_PRESSURE", List.of("sp-4"), List.of()),
                new IntelligenceProperties.Route("COMPRESSORS", List.of("CL"), List.of("compressor")))).routing();

        assertThat(routing.departmentFor("SP-400X", null)).isEqualTo("HIGH_PRESSURE");
        assertThat(routing.departmentFor("sp-200", null)).isEqualTo("PUMPS");
        assertThat(routing.departmentFor("CL20", "pump")).as("a model prefix beats a category").isEqualTo("COMPRESSORS");
    }

    @Test
    void n9_withoutAMatchingModelTheCategoryRoutes_elseTheDefaultDepartment() {
        IntelligenceRouting routing = new IntelligenceProperties("PRODUCT", List.of(
                new IntelligenceProperties.Route("COMPRESSORS", List.of("CL"), List.of("Compressor")))).routing();

        assertThat(routing.departmentFor("Rival X9", " compressor ")).isEqualTo("COMPRESSORS");
        assertThat(routing.departmentFor("Rival X9", "valve")).isEqualTo("PRODUCT");
        assertThat(routing.departmentFor("Rival X9", null)).isEqualTo("PRODUCT");
    }

    @Test
    void n9_routingSettingsNameTheirDepartments() {
        assertThatThrownBy(() -> new IntelligenceProperties(" ", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntelligenceProperties("PRODUCT",
                List.of(new IntelligenceProperties.Route("", List.of("SP"), List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
