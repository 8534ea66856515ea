package com.acme.crm.analytics.funnel;

import com.acme.crm.chassis.test.KafkaProbe;
import com.acme.crm.events.CloudEventHeaders;
import com.acme.crm.events.EventCatalog;
import com.acme.crm.events.EventDescriptor;
import com.acme.crm.events.IntegrationEvent;

import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Other services' contract records on their topics as the chassis outbox publishes them: the record written by the
 * application's {@link JsonMapper}, keyed by its aggregate id, with the CloudEvents binary-mode headers.
 */
final class PublishedEvents {

    private final JsonMapper json;

    PublishedEvents(JsonMapper json) {
        this.json = json;
    }

    void publish(IntegrationEvent event) {
        publish(event, UUID.randomUUID());
    }

    /** With a chosen CloudEvents id, to deliver the same event twice. */
    void publish(IntegrationEvent event, UUID eventId) {
        EventDescriptor descriptor = EventCatalog.of(event.getClass());
        KafkaProbe.send(descriptor.topic(), event.aggregateId(), json.writeValueAsBytes(event), Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, eventId.toString(),
                CloudEventHeaders.SOURCE, "/crm/" + descriptor.topic().split("\\.")[1] + "-service",
                CloudEventHeaders.TYPE, descriptor.type(),
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.SUBJECT, event.aggregateId(),
                CloudEventHeaders.DATA_SCHEMA, descriptor.dataSchemaUri(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
    }
}
