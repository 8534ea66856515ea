package com.acme.crm.chassis.clock;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdjustableClockTest {

    private final List<Object> published = new ArrayList<>();
    private final AdjustableClock clock = new AdjustableClock(
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC), published::add);

    @Test
    void movesForwardAndTellsTheDeadlineCheckers() {
        clock.advance(Duration.ofHours(49));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(published).singleElement().isInstanceOfSatisfying(ClockAdvanced.class,
                moved -> assertThat(moved.by()).isEqualTo(Duration.ofHours(49)));
    }

    @Test
    void neverMovesBack() {
        assertThatThrownBy(() -> clock.advance(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZonedViewFollowsLaterMoves() {
        Clock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));
        clock.advance(Duration.ofDays(1));

        assertThat(shanghai.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(shanghai.instant()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
    }
}
