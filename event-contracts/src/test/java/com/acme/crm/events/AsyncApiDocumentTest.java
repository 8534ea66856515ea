package com.acme.crm.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the AsyncAPI document ({@code src/main/asyncapi/asyncapi.yaml}) in step with the code: every event of
 * {@link EventCatalog} is described, on the channel of its topic, with its JSON Schema file as payload, and the
 * document describes nothing else. {@link AsyncApiValidationTest} checks that the document itself is valid AsyncAPI 3.0.
 */
class AsyncApiDocumentTest {

    static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path DOCUMENT = MODULE.resolve("src/main/asyncapi/asyncapi.yaml");
    private static final Path RESOURCES = MODULE.resolve("src/main/resources");

    private static final String JSON_SCHEMA_2020_12 = "application/schema+json;version=2020-12";
    private static final String HEADERS = "#/components/schemas/CloudEventHeaders";
    private static final String KEYED_BY_AGGREGATE_ID = "#/components/messageBindings/keyedByAggregateId";

    private static final JsonNode ASYNCAPI = new YAMLMapper().readTree(DOCUMENT.toFile());

    static List<EventDescriptor> events() {
        return EventCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyPublishedEventIsDescribedByAMessageNamedAfterItsType(EventDescriptor event) {
        assertThat(ASYNCAPI.path("components").path("messages").path(event.type()).path("name").asString(""))
                .as("components.messages.%s.name in %s", event.type(), DOCUMENT)
                .isEqualTo(event.type());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyPublishedEventTakesItsPayloadFromItsJsonSchemaFile(EventDescriptor event) {
        JsonNode payload = message(event).path("payload");

        assertThat(payload.path("schemaFormat").asString("")).as("payload.schemaFormat of %s", event.type())
                .isEqualTo(JSON_SCHEMA_2020_12);
        String ref = payload.path("schema").path("$ref").asString("");
        assertThat(DOCUMENT.resolveSibling(ref).normalize()).as("payload.schema.$ref of %s", event.type())
                .isEqualTo(RESOURCES.resolve(event.schemaResource()))
                .exists();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyPublishedEventTravelsAsJsonWithTheCloudEventsHeadersKeyedByItsAggregate(EventDescriptor event) {
        JsonNode message = message(event);

        assertThat(message.path("contentType").asString("")).isEqualTo(CloudEventHeaders.JSON);
        assertThat(message.path("headers").path("$ref").asString("")).as("headers of %s", event.type()).isEqualTo(HEADERS);
        assertThat(message.path("bindings").path("$ref").asString("")).as("bindings of %s", event.type())
                .isEqualTo(KEYED_BY_AGGREGATE_ID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyPublishedEventIsCarriedByTheChannelOfItsTopic(EventDescriptor event) {
        List<JsonNode> channels = channels().stream()
                .filter(channel -> event.topic().equals(channel.path("address").asString(""))).toList();

        assertThat(channels).as("channels addressed %s", event.topic()).hasSize(1);
        assertThat(messagesOf(channels.get(0))).extracting(message -> message.path("name").asString(""))
                .as("messages of the %s channel", event.topic())
                .contains(event.type());
    }

    @Test
    void everyDescribedMessageIsAPublishedEventType() {
        Set<String> published = events().stream().map(EventDescriptor::type).collect(Collectors.toCollection(TreeSet::new));
        Set<String> described = new TreeSet<>();
        for (Map.Entry<String, JsonNode> message : ASYNCAPI.path("components").path("messages").properties()) {
            assertThat(message.getValue().path("name").asString("")).as("name of message %s", message.getKey())
                    .isEqualTo(message.getKey());
            described.add(message.getKey());
        }
        for (JsonNode channel : channels()) {
            messagesOf(channel).forEach(message -> described.add(message.path("name").asString("(unnamed)")));
        }

        assertThat(described).as("messages of %s that no @EventType declares (stale?)", DOCUMENT)
                .isSubsetOf(published);
    }

    @Test
    void everyTopicHasOneChannelAddressedByItWithSixPartitions() throws IllegalAccessException {
        List<String> addresses = channels().stream().map(channel -> channel.path("address").asString("")).toList();

        assertThat(addresses).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(constants(Topics.class));
        for (JsonNode channel : channels()) {
            assertThat(channel.path("bindings").path("kafka").path("partitions").asInt(0))
                    .as("partitions of %s", channel.path("address").asString()).isEqualTo(6);
        }
    }

    @Test
    void headersSchemaDescribesTheCloudEventsHeadersTheServicesWrite() {
        JsonNode headers = ASYNCAPI.at(HEADERS.substring(1));
        List<String> written = List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TYPE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT, CloudEventHeaders.DATA_SCHEMA,
                CloudEventHeaders.CONTENT_TYPE);

        assertThat(headers.path("properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(concat(written, CloudEventHeaders.TRACEPARENT));
        assertThat(headers.path("required").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrderElementsOf(written);
        assertThat(headers.path("properties").path(CloudEventHeaders.SPEC_VERSION).path("const").asString(""))
                .isEqualTo(CloudEventHeaders.SPEC_VERSION_1_0);
        assertThat(headers.path("properties").path(CloudEventHeaders.CONTENT_TYPE).path("const").asString(""))
                .isEqualTo(CloudEventHeaders.JSON);
        for (EventDescriptor event : events()) {
            assertThat(event.type()).matches(headers.path("properties").path(CloudEventHeaders.TYPE).path("pattern").asString());
        }
    }

    @Test
    void documentVersionIsTheProjectVersion() {
        String projectVersion = System.getProperty("project.version");
        assertThat(projectVersion).as("system property project.version (set by the Maven build)").isNotBlank();

        assertThat(ASYNCAPI.path("asyncapi").asString("")).startsWith("3.0.");
        assertThat(ASYNCAPI.path("info").path("version").asString("")).isEqualTo(projectVersion);
    }

    private static JsonNode message(EventDescriptor event) {
        JsonNode message = ASYNCAPI.path("components").path("messages").path(event.type());
        assertThat(message.isObject()).as("components.messages.%s in %s", event.type(), DOCUMENT).isTrue();
        return message;
    }

    private static List<JsonNode> channels() {
        List<JsonNode> channels = new ArrayList<>();
        ASYNCAPI.path("channels").forEach(channels::add);
        return channels;
    }

    /** A channel's messages, with {@code $ref}s into this document followed. */
    private static List<JsonNode> messagesOf(JsonNode channel) {
        List<JsonNode> messages = new ArrayList<>();
        channel.path("messages").forEach(message -> messages.add(resolve(message)));
        return messages;
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString("");
        if (ref.isEmpty()) {
            return node;
        }
        assertThat(ref).as("a $ref into this document").startsWith("#/");
        JsonNode target = ASYNCAPI.at(ref.substring(1));
        assertThat(target.isMissingNode()).as("target of %s", ref).isFalse();
        return resolve(target);
    }

    private static List<String> constants(Class<?> type) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    private static List<String> concat(List<String> list, String element) {
        List<String> result = new ArrayList<>(list);
        result.add(element);
        return result;
    }
}
