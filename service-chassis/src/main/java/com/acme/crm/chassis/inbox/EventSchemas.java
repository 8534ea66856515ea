package com.acme.crm.chassis.inbox;

import com.acme.crm.events.EventDescriptor;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates event payloads against the JSON Schemas shipped in the contracts module. */
public class EventSchemas {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final JsonMapper json;

    public EventSchemas(JsonMapper json) {
        this.json = json;
    }

    /** Loads every schema of the catalog now, so the first event after start-up does not pay for it. */
    public void preload() {
        com.acme.crm.events.EventCatalog.all().forEach(descriptor -> schemas.computeIfAbsent(descriptor.type(),
                type -> load(descriptor)));
    }

    /** The violations of the payload; empty when it is valid. */
    public List<String> violations(EventDescriptor descriptor, JsonNode payload) {
        return schemas.computeIfAbsent(descriptor.type(), type -> load(descriptor))
                .validate(payload).stream()
                .map(Object::toString)
                .toList();
    }

    private Schema load(EventDescriptor descriptor) {
        try (InputStream in = EventDescriptor.class.getClassLoader().getResourceAsStream(descriptor.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("No schema " + descriptor.schemaResource());
            }
            return registry.getSchema(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
