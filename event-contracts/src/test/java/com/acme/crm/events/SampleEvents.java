package com.acme.crm.events;

import tools.jackson.databind.JsonNode;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds a sample of any event record from its components, picking values its schema allows. */
final class SampleEvents {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private SampleEvents() {
    }

    /** A sample event; with {@code minimal}, every nullable component is null. */
    static IntegrationEvent sample(Class<? extends IntegrationEvent> type, JsonNode schema, boolean minimal) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                boolean nullable = EventContractTest.isNullable(components[i]);
                JsonNode property = schema.path("properties").path(components[i].getName());
                values[i] = minimal && nullable ? null : value(components[i].getGenericType(), property);
            }
            Constructor<? extends IntegrationEvent> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a sample of " + type, e);
        }
    }

    private static Object value(Type type, JsonNode property) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            if (property.has("enum")) {
                return property.get("enum").get(0).asString();
            }
            if (property.has("items") || "uuid".equals(property.path("format").asString(""))) {
                return UUID.randomUUID().toString();
            }
            return "sample";
        }
        if (raw == UUID.class) {
            return UUID.randomUUID();
        }
        if (raw == Instant.class) {
            return NOW;
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 11, 23);
        }
        if (raw == BigDecimal.class) {
            BigDecimal sample = new BigDecimal("1000.00");
            // A bounded amount (a percentage) takes its schema's maximum when that is lower.
            return property.has("maximum") ? sample.min(property.get("maximum").decimalValue().setScale(2)) : sample;
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Boolean.TRUE;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            JsonNode items = property.path("items");
            if (element == String.class && items.has("pattern") && items.get("pattern").asString().contains("0-9a-f")) {
                return List.of("a".repeat(64));
            }
            return List.of(value(element, items));
        }
        if (raw.isRecord()) {
            throw new IllegalStateException("Nested record samples are not supported yet: " + raw);
        }
        throw new IllegalStateException("No sample value for " + type);
    }
}
