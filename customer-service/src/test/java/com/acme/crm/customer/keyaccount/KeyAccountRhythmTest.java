package com.acme.crm.customer.keyaccount;

import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerFixtures;
import com.acme.crm.customer.followup.Task;
import com.acme.crm.customer.followup.TaskKind;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** C-12: the quarterly key-account rhythm: which customers owe which task, in which quarter, due when. */
class KeyAccountRhythmTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final KeyAccountRhythm rhythm = new KeyAccountRhythm(SHANGHAI, Duration.ofDays(30));
    private final Instant now = CustomerFixtures.REGISTERED;

    @Test
    void c12_theQuarterTurnsAtMidnightShanghaiNotUtc() {
        Instant lastMinuteOfQ1 = LocalDate.of(2027, 3, 31).atTime(23, 59).atZone(SHANGHAI).toInstant();
        Instant firstMinuteOfQ2 = LocalDate.of(2027, 4, 1).atTime(0, 1).atZone(SHANGHAI).toInstant();

        assertThat(rhythm.quarterOf(lastMinuteOfQ1)).hasToString("2027-Q1");
        assertThat(rhythm.quarterOf(firstMinuteOfQ2)).hasToString("2027-Q2");
        assertThat(firstMinuteOfQ2).as("UTC still says 31 March").isEqualTo(Instant.parse("2027-03-31T16:01:00Z"));
    }

    @Test
    void c12_tasksFallDueThirtyDaysIntoTheQuarterButNeverAfterItEnds() {
        assertThat(rhythm.dueAt(Quarter.parse("2026-Q4")))
                .isEqualTo(LocalDate.of(2026, 10, 31).atStartOfDay(SHANGHAI).toInstant());
        KeyAccountRhythm late = new KeyAccountRhythm(SHANGHAI, Duration.ofDays(120));
        assertThat(late.dueAt(Quarter.parse("2026-Q4")))
                .isEqualTo(LocalDate.of(2027, 1, 1).atStartOfDay(SHANGHAI).toInstant().minusSeconds(60));
    }

    @Test
    void c12_anActiveATierCustomerOwesAReviewAndAConversationOnce() {
        Customer a = CustomerFixtures.tierA();

        assertThat(KeyAccountRhythm.owed(a, Set.of(), now))
                .containsExactly(RhythmTask.BUSINESS_REVIEW, RhythmTask.DEEP_CONVERSATION);
        assertThat(KeyAccountRhythm.owed(a, EnumSet.of(RhythmTask.BUSINESS_REVIEW), now))
                .containsExactly(RhythmTask.DEEP_CONVERSATION);
        assertThat(KeyAccountRhythm.owed(a, EnumSet.allOf(RhythmTask.class), now)).isEmpty();
    }

    @Test
    void c12_anActiveBOrCCustomerOwesOnlyTheConversation() {
        assertThat(KeyAccountRhythm.owed(CustomerFixtures.tierB(), Set.of(), now))
                .containsExactly(RhythmTask.DEEP_CONVERSATION);
        assertThat(KeyAccountRhythm.owed(CustomerFixtures.tierC(), Set.of(), now))
                .containsExactly(RhythmTask.DEEP_CONVERSATION);
    }

    @Test
    void c12_aDormantOrPausedCustomerIsNotActiveAndOwesNoConversation() {
        Customer dormant = CustomerFixtures.tierCDormantSince(Duration.ofDays(181));
        Customer paused = CustomerFixtures.tierCPausedUntil(now.plus(Duration.ofDays(10)));
        Customer pauseOver = CustomerFixtures.tierCPausedUntil(now.minusSeconds(1));

        assertThat(KeyAccountRhythm.owed(dormant, Set.of(), now)).isEmpty();
        assertThat(KeyAccountRhythm.owed(paused, Set.of(), now)).isEmpty();
        assertThat(KeyAccountRhythm.isActive(pauseOver, now)).isTrue();
    }

    @Test
    void c12_theTaskIsTheOwnersAndNamesTheQuarter() {
        Customer a = CustomerFixtures.tierA();
        Task task = rhythm.open(a, RhythmTask.BUSINESS_REVIEW, Quarter.parse("2026-Q4"), now);

        assertThat(task.kind()).isEqualTo(TaskKind.BUSINESS_REVIEW);
        assertThat(task.ownerId()).isEqualTo(CustomerFixtures.REP);
        assertThat(task.note()).contains("2026-Q4");
        assertThat(task.dueAt()).isEqualTo(rhythm.dueAt(Quarter.parse("2026-Q4")));
    }

    @Test
    void c12_aQuarterIsWrittenYearDashQn() {
        assertThat(Quarter.of(LocalDate.of(2026, 12, 31))).isEqualTo(new Quarter(2026, 4));
        assertThat(Quarter.parse("2026-Q4").firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Quarter.parse("2026-Q4").end()).isEqualTo(LocalDate.of(2027, 1, 1));
        for (String bad : List.of("2026-Q5", "2026Q4", "Q4-2026", "")) {
            assertThatThrownBy(() -> Quarter.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
