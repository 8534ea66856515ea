package com.acme.crm.lead.capture;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** L-10: when another rep's lead goes to the rep who captures the prospect again. */
class ReturningProspectTest {

    private static final ReturningProspect WEEK = new CaptureProperties(Duration.ofDays(7)).returningProspect();
    private static final Instant CAPTURED = Instant.parse("2026-11-02T02:00:00Z");
    private static final Instant CONTACTED = CAPTURED.plus(Duration.ofDays(3));

    @Test
    void l10_justUnderAWeekAfterTheLastContactTheLeadStaysWithItsOwner() {
        assertThat(WEEK.goesToTheCapturer(CAPTURED, CONTACTED, CONTACTED.plus(Duration.ofDays(7)).minusSeconds(60)))
                .isFalse();
        assertThat(WEEK.goesToTheCapturer(CAPTURED, CONTACTED, CONTACTED.plus(Duration.ofDays(7))))
                .as("exactly a week is not more than a week").isFalse();
    }

    @Test
    void l10_justOverAWeekAfterTheLastContactTheLeadGoesToTheCapturer() {
        assertThat(WEEK.goesToTheCapturer(CAPTURED, CONTACTED, CONTACTED.plus(Duration.ofDays(7)).plusSeconds(60)))
                .isTrue();
    }

    @Test
    void l10_aLeadNeverContactedIsMeasuredFromItsCapture() {
        assertThat(WEEK.goesToTheCapturer(CAPTURED, null, CAPTURED.plus(Duration.ofDays(7)).minusSeconds(60))).isFalse();
        assertThat(WEEK.goesToTheCapturer(CAPTURED, null, CAPTURED.plus(Duration.ofDays(7)).plusSeconds(60))).isTrue();
    }

    @Test
    void l10_thePeriodIsConfigurable() {
        ReturningProspect threeDays = new ReturningProspect(Duration.ofDays(3));

        assertThat(threeDays.goesToTheCapturer(CAPTURED, null, CAPTURED.plus(Duration.ofDays(3)).plusSeconds(1))).isTrue();
    }
}
