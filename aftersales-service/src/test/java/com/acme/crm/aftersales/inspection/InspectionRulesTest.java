package com.acme.crm.aftersales.inspection;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** one inspection per customer per quarter, due by the quarter's end, done once, overdue after. */
class InspectionRulesTest {

    @Test
    void a5_theQuartersInspectionIsDueAtTheEndOfTheQuarterInTheBusinessZone() {
        Inspection inspection = InspectionFixtures.dueThisQuarter();

        assertThat(inspection.state().quarter()).isEqualTo("2026-Q4");
        assertThat(inspection.state().dueAt()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        assertThat(inspection.due().dueAt()).isEqualTo(inspection.state().dueAt());
        assertThat(inspection.state().statusAt(InspectionFixtures.NOW)).isEqualTo(InspectionStatus.DUE);
    }

    @Test
    void a5_anInspectionNotDoneByItsDueTimeIsOverdue() {
        Inspection inspection = InspectionFixtures.dueThisQuarter();

        assertThat(inspection.state().statusAt(Instant.parse("2026-12-31T16:00:01Z")))
                .isEqualTo(InspectionStatus.OVERDUE);
    }

    @Test
    void a5_aDoneInspectionStaysDoneAndIsNotDoneTwice() {
        Inspection inspection = InspectionFixtures.done();

        assertThat(inspection.state().statusAt(Instant.parse("2027-02-01T00:00:00Z")))
                .isEqualTo(InspectionStatus.DONE);
        assertThatThrownBy(() -> inspection.complete("again", "agent-2", InspectionFixtures.NOW.plusSeconds(90_000)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("A-5"));
        assertThat(inspection.state().completion().by()).isEqualTo("agent-1");
    }
}
