package com.acme.crm.lead.calllog;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.lead.lead.Contact;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R-2 on the call log itself: the business day, the evening deadline, who keeps, closes and reviews a log. */
class CallLogRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalTime CLOSE_BY = LocalTime.of(17, 30);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final BusinessDay DAY = new BusinessDay(MONDAY, SHANGHAI, CLOSE_BY);
    private static final CallTally TALLY = new CallTally(3, 2, 1, 4, 1);

    @Test
    void r2_aCallAt2330UtcBelongsToTheNextShanghaiDay() {
        Instant sundayLateUtc = Instant.parse("2026-11-22T23:30:00Z"); // 07:30 on Monday in Shanghai

        assertThat(BusinessDay.containing(sundayLateUtc, SHANGHAI, CLOSE_BY).date()).isEqualTo(MONDAY);
        assertThat(DAY.contains(sundayLateUtc)).isTrue();
        assertThat(DAY.contains(Instant.parse("2026-11-22T15:59:59Z"))).as("23:59:59 on Sunday in Shanghai").isFalse();
        assertThat(DAY.contains(Instant.parse("2026-11-23T16:00:00Z"))).as("00:00 on Tuesday in Shanghai").isFalse();
        assertThat(DAY.deadline()).isEqualTo(Instant.parse("2026-11-23T09:30:00Z"));
    }

    @Test
    void r2_closedAt1729ShanghaiIsOnTimeAt1731Late() {
        CallLogEvent.Closed onTime = open("rep-1").close("rep-1", TALLY, DAY, at("17:29"));
        CallLogEvent.Closed late = open("rep-2").close("rep-2", TALLY, DAY, at("17:31"));

        assertThat(onTime.log().late()).isFalse();
        assertThat(late.log().late()).as("late is flagged, not refused").isTrue();
        assertThat(late.tally()).isEqualTo(TALLY);
        assertThat(late.log().tally()).isEqualTo(TALLY);
        assertThat(open("rep-3").close("rep-3", TALLY, DAY, at("17:30")).log().late()).as("17:30 itself").isFalse();
    }

    @Test
    void r2_yesterdaysLogClosedTodayIsLate() {
        Instant tuesdayMorning = Instant.parse("2026-11-24T00:30:00Z"); // 08:30 on Tuesday in Shanghai

        assertThat(open("rep-1").close("rep-1", TALLY, DAY, tuesdayMorning).log().late()).isTrue();
    }

    @Test
    void r2_aLogOfADayThatHasNotBegunCannotBeClosed() {
        Instant sunday2359 = Instant.parse("2026-11-22T15:59:00Z"); // 23:59 on Sunday in Shanghai

        assertThatThrownBy(() -> open("rep-1").close("rep-1", TALLY, DAY, sunday2359))
                .isInstanceOf(BusinessRuleViolation.class).hasFieldOrPropertyWithValue("rule", "R-2");
        assertThat(open("rep-1").close("rep-1", TALLY, DAY, Instant.parse("2026-11-22T16:00:00Z")).log().closed())
                .as("00:00 on Monday in Shanghai").isTrue();
    }

    @Test
    void r2_aLogIsClosedOnceAndThenTakesNoMoreCallsOrQuestions() {
        CallLog log = open("rep-1");
        log.close("rep-1", TALLY, DAY, at("17:00"));

        assertThatThrownBy(() -> log.close("rep-1", TALLY, DAY, at("17:05")))
                .isInstanceOf(CallLogConflict.class).hasFieldOrPropertyWithValue("rule", "R-2");
        assertThatThrownBy(() -> log.addCall("rep-1", UUID.randomUUID(), Contact.Outcome.REACHED, at("16:00"), DAY,
                at("17:05"))).isInstanceOf(CallLogConflict.class);
        assertThatThrownBy(() -> log.ask("rep-1", UUID.randomUUID(), null, null, DAY, at("17:05")))
                .isInstanceOf(CallLogConflict.class);
    }

    @Test
    void r2_anotherRepsLogIsNeitherKeptNorClosedByTheCaller() {
        CallLog log = open("rep-1");

        assertThatThrownBy(() -> log.close("rep-2", TALLY, DAY, at("17:00")))
                .isInstanceOf(ForbiddenByRule.class).hasFieldOrPropertyWithValue("rule", "R-2");
        assertThatThrownBy(() -> log.addCall("mgr-1", UUID.randomUUID(), Contact.Outcome.REACHED, at("10:00"), DAY,
                at("11:00"))).isInstanceOf(ForbiddenByRule.class);
        assertThat(log.closed()).isFalse();
    }

    @Test
    void r2_anAddedCallHappenedOnTheLogsDayAndNotInTheFuture() {
        CallLog log = open("rep-1");

        assertThatThrownBy(() -> log.addCall("rep-1", UUID.randomUUID(), Contact.Outcome.NO_ANSWER,
                Instant.parse("2026-11-22T15:30:00Z"), DAY, at("11:00"))).hasFieldOrPropertyWithValue("rule", "R-2");
        assertThatThrownBy(() -> log.addCall("rep-1", UUID.randomUUID(), Contact.Outcome.NO_ANSWER, at("12:00"), DAY,
                at("11:00"))).hasFieldOrPropertyWithValue("rule", "R-2");
        assertThat(log.addCall("rep-1", UUID.randomUUID(), Contact.Outcome.NO_ANSWER, at("10:59"), DAY, at("11:00"))
                .outcome()).isEqualTo(Contact.Outcome.NO_ANSWER);
    }

    @Test
    void r2_theManagerReviewsAClosedLogOnceAndTheRepNever() {
        CallLog log = open("rep-1");
        assertThatThrownBy(() -> log.review("mgr-1", "fine", at("18:00")))
                .isInstanceOf(BusinessRuleViolation.class).hasFieldOrPropertyWithValue("rule", "R-2");
        log.close("rep-1", TALLY, DAY, at("17:00"));

        assertThatThrownBy(() -> log.review("rep-1", "looks good to me", at("18:00")))
                .isInstanceOf(ForbiddenByRule.class);
        CallLogEvent.Reviewed reviewed = log.review("mgr-1", "call Wang back about the seals", at("18:00"));
        assertThat(reviewed.log().reviewComment()).isEqualTo("call Wang back about the seals");
        assertThat(reviewed.log().tally()).as("the counts stay those of the closure").isEqualTo(TALLY);
        assertThatThrownBy(() -> log.review("mgr-1", "again", at("18:05"))).isInstanceOf(CallLogConflict.class);
    }

    @Test
    void r2_effectiveCallsAreThoseWhoseResultSaysThePersonWasReached() {
        assertThat(CallLog.EFFECTIVE).containsExactlyInAnyOrder(Contact.Outcome.REACHED,
                Contact.Outcome.MEETING_AGREED, Contact.Outcome.NOT_INTERESTED);
    }

    private static CallLog open(String rep) {
        return CallLog.restore(new CallLogState(rep, "east", MONDAY, null, false, null, null, null, null, 0));
    }

    /** A time of Monday in Shanghai. */
    private static Instant at(String time) {
        return MONDAY.atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
    }
}
