package com.acme.crm.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the event records and their JSON Schemas in step: a record and its schema that drift apart fail here,
 * and every event, serialised the way the services serialise it, validates against its schema.
 */
class EventContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static List<EventDescriptor> events() {
        return EventCatalog.all();
    }

    @Test
    void catalogKnowsEveryEventTypeOnce() {
        assertThat(EventCatalog.all()).isNotEmpty();
        assertThat(EventCatalog.all()).extracting(EventDescriptor::type)
                .allMatch(type -> type.matches("crm\\.[a-z]+\\.[a-z-]+(\\.[a-z-]+)*\\.v\\d+"), "crm.<aggregate>.<fact>.v<n>")
                .doesNotHaveDuplicates();
        assertThat(EventCatalog.all()).extracting(EventDescriptor::topic)
                .allMatch(topic -> topic.matches("crm\\.[a-z]+\\.events"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void schemaDeclaresExactlyTheRecordComponents(EventDescriptor event) {
        JsonNode schema = schemaNode(event);
        Set<String> schemaProperties = new TreeSet<>(schema.get("properties").propertyNames());
        Set<String> recordComponents = new TreeSet<>();
        Set<String> requiredComponents = new TreeSet<>();
        for (RecordComponent component : event.payloadType().getRecordComponents()) {
            recordComponents.add(component.getName());
            if (!isNullable(component)) {
                requiredComponents.add(component.getName());
            }
        }
        Set<String> schemaRequired = new TreeSet<>();
        schema.get("required").forEach(name -> schemaRequired.add(name.asString()));

        assertThat(schemaProperties).as("properties of %s", event.type()).isEqualTo(recordComponents);
        assertThat(schemaRequired).as("required of %s", event.type()).isEqualTo(requiredComponents);
        assertThat(schema.get("$id").asString()).isEqualTo(event.dataSchemaUri());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void serialisedEventValidatesAgainstItsSchema(EventDescriptor event) {
        Schema schema = SCHEMAS.getSchema(schemaNode(event));
        JsonNode schemaNode = schemaNode(event);

        IntegrationEvent full = SampleEvents.sample(event.payloadType(), schemaNode, false);
        IntegrationEvent minimal = SampleEvents.sample(event.payloadType(), schemaNode, true);

        for (IntegrationEvent sample : List.of(full, minimal)) {
            JsonNode json = JSON.valueToTree(sample);
            List<Error> errors = schema.validate(json);
            assertThat(errors).as("%s as %s", event.type(), json).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void schemaRejectsAnEventMissingARequiredField(EventDescriptor event) {
        Schema schema = SCHEMAS.getSchema(schemaNode(event));
        JsonNode json = JSON.valueToTree(SampleEvents.sample(event.payloadType(), schemaNode(event), false));
        String firstRequired = schemaNode(event).get("required").get(0).asString();
        ((tools.jackson.databind.node.ObjectNode) json).remove(firstRequired);

        assertThat(schema.validate(json)).isNotEmpty();
    }

    @Test
    void noEventCarriesContactData() {
        Set<String> forbidden = Set.of("phone", "email", "mobile", "wechat", "address", "contactname");
        Set<String> offending = new HashSet<>();
        for (EventDescriptor event : EventCatalog.all()) {
            for (RecordComponent component : event.payloadType().getRecordComponents()) {
                if (forbidden.contains(component.getName().toLowerCase())) {
                    offending.add(event.type() + "." + component.getName());
                }
            }
        }
        assertThat(offending).as("rule B-3: events carry ids, never contact data").isEmpty();
    }

    static boolean isNullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }

    static JsonNode schemaNode(EventDescriptor event) {
        try (InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(event.schemaResource())) {
            assertThat(in).as("schema %s", event.schemaResource()).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
