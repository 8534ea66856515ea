package com.acme.crm.customer.trip;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** a business trip needs the manager's approval, and its report an approved trip that has started. */
class TripTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String REP = "rep-1";
    private static final String MANAGER = "mgr-1";
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    /** Tuesday 1 December 2026: the trip's first day. */
    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    /** Tuesday 00:00 in Shanghai, still Monday 16:00 in UTC. */
    private static final Instant STARTS_AT = START.atStartOfDay(SHANGHAI).toInstant();
    private static final Instant REQUESTED_AT = Instant.parse("2026-11-27T02:00:00Z");

    @Test
    void r4_aTripRequestNamesItsCustomersAndEndsOnOrAfterItsStart() {
        assertThatThrownBy(() -> Trip.request(UUID.randomUUID(), REP, "east",
                new Trip.Draft("Ningbo", START, START.minusDays(1), "x", List.of(CUSTOMER)), REQUESTED_AT))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-4");
        assertThatThrownBy(() -> Trip.request(UUID.randomUUID(), REP, "east",
                new Trip.Draft("Ningbo", START, START, "x", List.of()), REQUESTED_AT))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-4");
        assertThat(requested().status()).isEqualTo(Trip.Status.REQUESTED);
    }

    @Test
    void r4_theManagerApprovesOrRejectsWithAComment() {
        Trip approved = requested();
        assertThat(approved.decide(true, null, MANAGER, true, REQUESTED_AT)).isInstanceOf(TripEvent.Approved.class);
        assertThat(approved.status()).isEqualTo(Trip.Status.APPROVED);

        Trip rejected = requested();
        assertThatThrownBy(() -> rejected.decide(false, " ", MANAGER, true, REQUESTED_AT))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-4");
        assertThat(rejected.decide(false, "Combine it with next month's Ningbo trip", MANAGER, true, REQUESTED_AT)
                .trip().decisionComment()).isEqualTo("Combine it with next month's Ningbo trip");
        assertThatThrownBy(() -> rejected.decide(true, null, MANAGER, true, REQUESTED_AT))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-4");
    }

    @Test
    void r4_aRepNeverDecidesTheirOwnTrip() {
        assertThatThrownBy(() -> requested().decide(true, null, REP, true, REQUESTED_AT))
                .isInstanceOf(ForbiddenByRule.class).extracting("rule").isEqualTo("R-4");
        assertThatThrownBy(() -> requested().decide(true, null, "rep-2", false, REQUESTED_AT))
                .isInstanceOf(ForbiddenByRule.class).extracting("rule").isEqualTo("R-4");
    }

    @Test
    void r4_aTripReportWithoutAnApprovedTripIsRefusedNamingR4() {
        assertThatThrownBy(() -> requested().report("done", List.of(), REP, STARTS_AT, STARTS_AT.plusSeconds(3600)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("without an approved trip")
                .extracting("rule").isEqualTo("R-4");
        Trip rejected = requested();
        rejected.decide(false, "no budget", MANAGER, true, REQUESTED_AT);
        assertThatThrownBy(() -> rejected.report("done", List.of(), REP, STARTS_AT, STARTS_AT.plusSeconds(3600)))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-4");
    }

    @Test
    void r4_aTripIsReportedFromMidnightOfItsFirstDayInShanghaiNotUtc() {
        Trip trip = approved();
        // Monday 15:59 UTC = Monday 23:59 Shanghai: the trip has not started.
        assertThatThrownBy(() -> trip.report("done", List.of(), REP, STARTS_AT, Instant.parse("2026-11-30T15:59:00Z")))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-4");
        // Monday 16:01 UTC, still Monday in UTC, is already Tuesday 00:01 in Shanghai: the trip has started.
        Instant tuesdayInShanghai = Instant.parse("2026-11-30T16:01:00Z");
        UUID visit = UUID.randomUUID();

        TripEvent.Reported reported = trip.report(" met the buyer ", List.of(visit), REP, STARTS_AT, tuesdayInShanghai);

        assertThat(reported.trip().status()).isEqualTo(Trip.Status.REPORTED);
        assertThat(reported.trip().outcome()).isEqualTo("met the buyer");
        assertThat(reported.trip().visitIds()).containsExactly(visit);
        assertThat(reported.trip().reportedAt()).isEqualTo(tuesdayInShanghai);
    }

    @Test
    void r4_onlyTheTripsRepReportsItAndOnlyOnce() {
        Trip trip = approved();
        Instant later = STARTS_AT.plusSeconds(7200);
        assertThatThrownBy(() -> trip.report("done", List.of(), "rep-2", STARTS_AT, later))
                .isInstanceOf(ForbiddenByRule.class).extracting("rule").isEqualTo("R-4");
        trip.report("done", List.of(), REP, STARTS_AT, later);
        assertThatThrownBy(() -> trip.report("again", List.of(), REP, STARTS_AT, later))
                .isInstanceOf(BusinessRuleViolation.class).extracting("rule").isEqualTo("R-4");
    }

    private static Trip requested() {
        return Trip.restore(Trip.request(UUID.randomUUID(), REP, "east",
                new Trip.Draft("Ningbo", START, START.plusDays(2), "visit the Ningbo plants", List.of(CUSTOMER)),
                REQUESTED_AT).trip());
    }

    private static Trip approved() {
        Trip trip = requested();
        trip.decide(true, "ok", MANAGER, true, REQUESTED_AT);
        return trip;
    }
}
