package com.acme.crm.aftersales.complaint;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.acme.crm.aftersales.complaint.ComplaintFixtures.AGENT;
import static com.acme.crm.aftersales.complaint.ComplaintFixtures.NOW;
import static com.acme.crm.aftersales.complaint.ComplaintFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** the chained complaint clocks, escalation and closure. */
class ComplaintRulesTest {

    @Test
    void a2_aComplaintIsDueItsApologyAndInitialPlanWithin30Minutes() {
        ComplaintState complaint = ComplaintFixtures.raisedMinutesAgo(0).state();

        assertThat(complaint.apologyDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(complaint.escalationDueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(complaint.executionDueAt()).isNull();
        assertThat(complaint.callbackDueAt()).isNull();
    }

    @Test
    void a2_theClocksChain_planExecutedWithin24HoursOfThePlan_callbackWithin72HoursOfTheResolution() {
        Complaint complaint = ComplaintFixtures.raisedMinutesAgo(20);

        ComplaintState planned = complaint.plan("Replace the unit", AGENT, NOW, POLICY);
        assertThat(planned.executionDueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));

        ComplaintEvent.Resolved resolved = complaint.resolve(AGENT, NOW.plus(Duration.ofHours(5)), POLICY);
        assertThat(resolved.complaint().callbackDueAt()).isEqualTo(NOW.plus(Duration.ofHours(77)));
        assertThat(complaint.check(NOW.plus(Duration.ofDays(2)))).isEmpty();
    }

    @Test
    void a2_aMissedApologyBreachesOnce() {
        Complaint complaint = ComplaintFixtures.raisedMinutesAgo(29);
        assertThat(complaint.check(NOW)).isEmpty();

        List<ComplaintEvent> late = complaint.check(NOW.plus(Duration.ofMinutes(1)));

        assertThat(late).singleElement().isInstanceOfSatisfying(ComplaintEvent.ClockBreached.class,
                breach -> assertThat(breach.clock()).isEqualTo(ComplaintClock.APOLOGY));
        assertThat(complaint.check(NOW.plus(Duration.ofMinutes(5)))).isEmpty();
    }

    @Test
    void a2_aPlanNotExecutedWithin24HoursBreachesOnceAndTheUnhandledComplaintEscalatesOnce() {
        Complaint complaint = ComplaintFixtures.plannedMinutesAgo(10);

        List<ComplaintEvent> late = complaint.check(NOW.plus(Duration.ofHours(24)));

        assertThat(late).hasSize(2);
        assertThat(late.get(0)).isInstanceOfSatisfying(ComplaintEvent.ClockBreached.class,
                breach -> assertThat(breach.clock()).isEqualTo(ComplaintClock.EXECUTION));
        assertThat(late.get(1)).isInstanceOf(ComplaintEvent.Escalated.class);
        assertThat(complaint.check(NOW.plus(Duration.ofDays(3)))).isEmpty();
    }

    @Test
    void a2_aMissedCallbackBreachesOnceAndACallbackInTimeDoesNot() {
        Complaint late = ComplaintFixtures.resolvedHoursAgo(71);
        Complaint onTime = ComplaintFixtures.resolvedHoursAgo(71);
        onTime.callBack(NOW);

        assertThat(late.check(NOW.plus(Duration.ofHours(1)))).singleElement()
                .isInstanceOfSatisfying(ComplaintEvent.ClockBreached.class,
                        breach -> assertThat(breach.clock()).isEqualTo(ComplaintClock.CALLBACK));
        assertThat(late.check(NOW.plus(Duration.ofHours(2)))).isEmpty();
        assertThat(onTime.check(NOW.plus(Duration.ofHours(2)))).isEmpty();
    }

    @Test
    void a2_closingNeedsTheRootCauseAndImprovementActions() {
        Complaint complaint = ComplaintFixtures.resolvedHoursAgo(1);

        assertThatThrownBy(() -> complaint.close(" ", "Pack with corner guards", AGENT, NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        refusal -> assertThat(refusal.rule()).isEqualTo("A-2"));
        assertThatThrownBy(() -> complaint.close("Loose packing", null, AGENT, NOW))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThat(complaint.state().status()).isEqualTo(ComplaintStatus.RESOLVED);

        ComplaintEvent.Closed closed = complaint.close("Loose packing", "Pack with corner guards", AGENT, NOW);
        assertThat(closed.complaint().status()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void a2_aClosedComplaintIsNotClosedTwice() {
        Complaint complaint = ComplaintFixtures.resolvedHoursAgo(1);
        complaint.close("Loose packing", "Pack with corner guards", AGENT, NOW);

        assertThatThrownBy(() -> complaint.close("Loose packing", "Pack with corner guards", AGENT, NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, refusal -> {
                    assertThat(refusal.rule()).isEqualTo("A-2");
                    assertThat(refusal.getMessage()).contains("closed again");
                });
    }

    @Test
    void a2_aComplaintIsResolvedOnlyAfterItsApologyAndPlan() {
        Complaint complaint = ComplaintFixtures.raisedMinutesAgo(5);

        assertThatThrownBy(() -> complaint.resolve(AGENT, NOW, POLICY)).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> complaint.close("x", "y", AGENT, NOW)).isInstanceOf(BusinessRuleViolation.class);
    }
}
