package com.acme.crm.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The AsyncAPI document is valid by the checks {@code @asyncapi/parser} makes, run in Java on every build (Node.js
 * is not needed; the build runs validate.mjs as well where node is on the PATH), and each check rejects a document
 * broken the way it guards against.
 */
class AsyncApiValidationTest {

    private static final Path DIRECTORY = AsyncApiDocumentTest.MODULE.resolve("src/main/asyncapi");
    private static final Path SCHEMAS = AsyncApiDocumentTest.MODULE.resolve("src/main/resources/schemas");
    private static final JsonNode ASYNCAPI = new YAMLMapper().readTree(DIRECTORY.resolve("asyncapi.yaml").toFile());

    private static final String LEAD_CAPTURED = "/components/messages/crm.lead.captured.v1";
    private static final String LEAD_SENDS = "/operations/leadServiceSendsLeadEvents";

    @Test
    void documentIsAValidAsyncApi3Document() {
        assertThat(AsyncApiValidator.problems(ASYNCAPI, DIRECTORY)).isEmpty();
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                arguments("info without a title", (Consumer<ObjectNode>) doc -> object(doc, "/info").remove("title"),
                        "not AsyncAPI 3.0.0: /info"),
                arguments("an operation that publishes (AsyncAPI 2 wording)",
                        (Consumer<ObjectNode>) doc -> object(doc, LEAD_SENDS).put("action", "publish"),
                        "not AsyncAPI 3.0.0: " + LEAD_SENDS),
                arguments("a field AsyncAPI 3 does not have", (Consumer<ObjectNode>) doc -> doc.put("topics", "crm.lead.events"),
                        "not AsyncAPI 3.0.0"),
                arguments("a Kafka channel binding with partitions as text",
                        (Consumer<ObjectNode>) doc -> object(doc, "/channels/leadEvents/bindings/kafka").put("partitions", "six"),
                        "not AsyncAPI 3.0.0: /channels/leadEvents/bindings/kafka/partitions"),
                arguments("a channel message referring to a missing component",
                        (Consumer<ObjectNode>) doc -> object(doc, "/channels/leadEvents/messages/crm.lead.captured.v1")
                                .put("$ref", "#/components/messages/crm.lead.captured.v9"),
                        "$ref #/components/messages/crm.lead.captured.v9 at /channels/leadEvents/messages/crm.lead.captured.v1 does not resolve"),
                arguments("a payload referring to a missing schema file",
                        (Consumer<ObjectNode>) doc -> object(doc, LEAD_CAPTURED + "/payload/schema")
                                .put("$ref", "../resources/schemas/crm.lead.captured.v9.json"),
                        "$ref ../resources/schemas/crm.lead.captured.v9.json at " + LEAD_CAPTURED + "/payload/schema does not resolve"),
                arguments("a send operation sending another channel's message",
                        (Consumer<ObjectNode>) doc -> ((ArrayNode) doc.at(LEAD_SENDS + "/messages")).addObject()
                                .put("$ref", "#/channels/customerEvents/messages/crm.customer.registered.v1"),
                        "message #/channels/customerEvents/messages/crm.customer.registered.v1 of operation "
                                + "leadServiceSendsLeadEvents is not a message of its channel #/channels/leadEvents"),
                arguments("a channel message that no operation sends",
                        (Consumer<ObjectNode>) doc -> ((ArrayNode) doc.at(LEAD_SENDS + "/messages")).remove(0),
                        "message crm.lead.captured.v1 of channel leadEvents is not in send operation leadServiceSendsLeadEvents"),
                arguments("two producers of one channel",
                        (Consumer<ObjectNode>) doc -> object(doc, "/operations").set("analyticsServiceSendsLeadEvents",
                                doc.at(LEAD_SENDS).deepCopy()),
                        "channel leadEvents needs exactly one send operation, has 2"),
                arguments("an address parameter the channel does not declare",
                        (Consumer<ObjectNode>) doc -> object(doc, "/channels/leadEvents").put("address", "crm.{region}.lead.events"),
                        "channel leadEvents has address parameters [region] but declares []"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void rejectsABrokenDocument(String breakage, Consumer<ObjectNode> breakIt, String expectedProblem) {
        ObjectNode broken = (ObjectNode) ASYNCAPI.deepCopy();
        breakIt.accept(broken);

        assertThat(AsyncApiValidator.problems(broken, DIRECTORY)).as(breakage)
                .anySatisfy(problem -> assertThat(problem).contains(expectedProblem));
    }

    @Test
    void rejectsAPayloadSchemaThatIsNotJsonSchema2020_12(@TempDir Path module) throws IOException {
        Path schemas = Files.createDirectories(module.resolve("resources/schemas"));
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path file : files.toList()) {
                Files.copy(file, schemas.resolve(file.getFileName()));
            }
        }
        Path captured = schemas.resolve("crm.lead.captured.v1.json");
        Files.writeString(captured, Files.readString(captured).replaceFirst("\"type\": \"object\"", "\"type\": \"record\""));

        List<String> problems = AsyncApiValidator.problems(ASYNCAPI, Files.createDirectories(module.resolve("asyncapi")));

        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem)
                .startsWith("payload of components.messages.crm.lead.captured.v1 is not a JSON Schema 2020-12: /type"));
    }

    private static ObjectNode object(JsonNode document, String pointer) {
        JsonNode node = document.at(pointer);
        assertThat(node.isObject()).as("%s in the AsyncAPI document", pointer).isTrue();
        return (ObjectNode) node;
    }
}
