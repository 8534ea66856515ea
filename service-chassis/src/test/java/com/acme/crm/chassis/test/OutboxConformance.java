package com.acme.crm.chassis.test;

import com.acme.crm.chassis.inbox.EventSchemas;
import com.acme.crm.events.EventCatalog;

import org.springframework.r2dbc.core.DatabaseClient;

import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event a service wrote to its outbox (so published, or about to be) validates against its JSON Schema in
 * the contracts module. Call it after the tests of a service have exercised its commands.
 */
public final class OutboxConformance {

    private OutboxConformance() {
    }

    public static void assertEveryEventValid(DatabaseClient db, EventSchemas schemas, JsonMapper json) {
        List<String> violations = new ArrayList<>();
        db.sql("select event_type, payload::text as payload from outbox_event order by id")
                .map(row -> new String[] {row.get("event_type", String.class), row.get("payload", String.class)})
                .all()
                .doOnNext(event -> {
                    var descriptor = EventCatalog.byType(event[0]);
                    if (descriptor.isEmpty()) {
                        violations.add(event[0] + ": not in the event catalog");
                        return;
                    }
                    schemas.violations(descriptor.get(), json.readTree(event[1]))
                            .forEach(violation -> violations.add(event[0] + ": " + violation));
                })
                .blockLast(Duration.ofSeconds(30));
        assertThat(violations).as("events in the outbox that break their schema").isEmpty();
    }
}
