package com.acme.crm.aftersales.inspection;

import com.acme.crm.aftersales.survey.Quarter;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** Inspections in domain terms, for the A-5 tests. */
final class InspectionFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private InspectionFixtures() {
    }

    static Inspection dueThisQuarter() {
        return Inspection.schedule(UUID.randomUUID(), "rep-1", "east", Quarter.of(NOW, ZONE), ZONE, NOW);
    }

    static Inspection done() {
        Inspection inspection = dueThisQuarter();
        inspection.complete("Hydraulics fine, filter changed", "agent-1", NOW.plusSeconds(86_400));
        return inspection;
    }
}
