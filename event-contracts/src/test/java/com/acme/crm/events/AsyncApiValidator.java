package com.acme.crm.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code @asyncapi/parser} (validate.mjs) checks in an AsyncAPI 3.0 document, in Java, so that every build
 * checks it without Node.js: the document against the official AsyncAPI 3.0.0 JSON Schema (the one the parser uses,
 * Kafka bindings included), every {@code $ref} resolving, each operation's messages coming from its channel, channel
 * parameters and servers, each JSON Schema 2020-12 payload against its meta-schema, and, beyond the spec, one send
 * operation per channel sending all its messages.
 */
final class AsyncApiValidator {

    /** @asyncapi/specs' schemas/3.0.0-without-$id.json; .ci/run checks it still equals the npm package's copy. */
    private static final String ASYNCAPI_3_0_0_SCHEMA = "asyncapi/asyncapi-3.0.0.schema.json";
    private static final String JSON_SCHEMA_2020_12_FORMAT = "application/schema+json;version=2020-12";
    private static final String JSON_SCHEMA_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final Pattern ADDRESS_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Schema ASYNCAPI_SCHEMA =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(resource(ASYNCAPI_3_0_0_SCHEMA));
    private static final SchemaRegistry PAYLOAD_SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema JSON_SCHEMA_2020_12_META = PAYLOAD_SCHEMAS.getSchema(SchemaLocation.of(JSON_SCHEMA_2020_12));

    private final JsonNode document;
    private final Path directory;
    private final List<String> problems = new ArrayList<>();

    private AsyncApiValidator(JsonNode document, Path directory) {
        this.document = document;
        this.directory = directory;
    }

    /**
     * The problems of an AsyncAPI document, empty when it is valid.
     *
     * @param directory where the document lives: its relative file {@code $ref}s resolve against it
     */
    static List<String> problems(JsonNode document, Path directory) {
        AsyncApiValidator validator = new AsyncApiValidator(document, directory);
        validator.checkSpecification();
        validator.checkReferences(document, "");
        validator.checkOperationsUseTheirChannelsMessages();
        validator.checkChannels();
        validator.checkPayloadSchemas();
        validator.checkOneSendOperationPerChannel();
        return List.copyOf(validator.problems);
    }

    private void checkSpecification() {
        for (Error error : ASYNCAPI_SCHEMA.validate(document)) {
            problems.add("not AsyncAPI 3.0.0: " + error.getInstanceLocation() + " " + error.getMessage());
        }
    }

    /** Every $ref resolves: into this document, or to a file beside it (and into that file, with a fragment). */
    private void checkReferences(JsonNode node, String at) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && resolve(ref.asString()) == null) {
                problems.add("$ref " + ref.asString() + " at " + at + " does not resolve");
            }
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                checkReferences(property.getValue(), at + "/" + property.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkReferences(node.get(i), at + "/" + i);
            }
        }
    }

    /** AsyncAPI 3.0, Operation Object: "The messages MUST be a subset of the messages defined in the channel". */
    private void checkOperationsUseTheirChannelsMessages() {
        for (Map.Entry<String, JsonNode> operation : document.path("operations").properties()) {
            String channelRef = operation.getValue().path("channel").path("$ref").asString("");
            if (!channelRef.matches("#/channels/[^/]+")) {
                problems.add("operation " + operation.getKey() + " needs channel.$ref '#/channels/<id>', has '" + channelRef + "'");
                continue;
            }
            for (JsonNode message : operation.getValue().path("messages")) {
                String messageRef = message.path("$ref").asString("");
                if (!messageRef.startsWith(channelRef + "/messages/")) {
                    problems.add("message " + messageRef + " of operation " + operation.getKey()
                            + " is not a message of its channel " + channelRef);
                }
            }
        }
    }

    /** Every {parameter} of an address is declared, and the other way round; servers are this document's. */
    private void checkChannels() {
        for (Map.Entry<String, JsonNode> channel : document.path("channels").properties()) {
            Set<String> inAddress = new TreeSet<>();
            Matcher parameter = ADDRESS_PARAMETER.matcher(channel.getValue().path("address").asString(""));
            while (parameter.find()) {
                inAddress.add(parameter.group(1));
            }
            Set<String> declared = new TreeSet<>(channel.getValue().path("parameters").propertyNames());
            if (!inAddress.equals(declared)) {
                problems.add("channel " + channel.getKey() + " has address parameters " + inAddress + " but declares " + declared);
            }
            for (JsonNode server : channel.getValue().path("servers")) {
                if (!server.path("$ref").asString("").startsWith("#/servers/")) {
                    problems.add("channel " + channel.getKey() + " lists a server that is not a $ref to #/servers/: " + server);
                }
            }
        }
    }

    /**
     * The parser parses a payload of another schemaFormat but never validates it (hence the JSON Schema 2020-12
     * parser in validate.mjs): each 2020-12 payload must be a valid JSON Schema 2020-12 that compiles.
     */
    private void checkPayloadSchemas() {
        for (Map.Entry<String, JsonNode> message : messages().entrySet()) {
            JsonNode payload = message.getValue().path("payload");
            if (!JSON_SCHEMA_2020_12_FORMAT.equals(payload.path("schemaFormat").asString(""))) {
                continue;
            }
            JsonNode schema = payload.path("schema");
            JsonNode resolved = schema.has("$ref") ? resolve(schema.path("$ref").asString()) : schema;
            if (resolved == null) {
                continue; // reported by checkReferences
            }
            List<Error> errors = JSON_SCHEMA_2020_12_META.validate(resolved);
            errors.forEach(error -> problems.add("payload of " + message.getKey() + " is not a JSON Schema 2020-12: "
                    + error.getInstanceLocation() + " " + error.getMessage()));
            if (errors.isEmpty()) {
                try {
                    PAYLOAD_SCHEMAS.getSchema(resolved).validate(JSON.createObjectNode());
                } catch (RuntimeException e) {
                    problems.add("payload of " + message.getKey() + " does not compile: " + e.getMessage());
                }
            }
        }
    }

    /** Beyond the spec: each channel that carries messages has exactly one producer, sending all of them. */
    private void checkOneSendOperationPerChannel() {
        for (Map.Entry<String, JsonNode> channel : document.path("channels").properties()) {
            Set<String> carried = new TreeSet<>(channel.getValue().path("messages").propertyNames());
            if (carried.isEmpty()) {
                continue;
            }
            String channelRef = "#/channels/" + channel.getKey();
            List<Map.Entry<String, JsonNode>> senders = document.path("operations").properties().stream()
                    .filter(operation -> "send".equals(operation.getValue().path("action").asString("")))
                    .filter(operation -> channelRef.equals(operation.getValue().path("channel").path("$ref").asString("")))
                    .toList();
            if (senders.size() != 1) {
                problems.add("channel " + channel.getKey() + " needs exactly one send operation, has " + senders.size());
                continue;
            }
            Set<String> sent = new LinkedHashSet<>();
            senders.get(0).getValue().path("messages").forEach(message -> sent.add(message.path("$ref").asString("")));
            for (String message : carried) {
                if (!sent.contains(channelRef + "/messages/" + message)) {
                    problems.add("message " + message + " of channel " + channel.getKey() + " is not in send operation "
                            + senders.get(0).getKey());
                }
            }
        }
    }

    /** Every message of the document, by where it is: components' and the channels' own, $refs followed. */
    private Map<String, JsonNode> messages() {
        Map<String, JsonNode> messages = new TreeMap<>();
        document.path("components").path("messages").properties()
                .forEach(message -> messages.put("components.messages." + message.getKey(), message.getValue()));
        for (Map.Entry<String, JsonNode> channel : document.path("channels").properties()) {
            for (Map.Entry<String, JsonNode> message : channel.getValue().path("messages").properties()) {
                if (!message.getValue().has("$ref")) {
                    messages.put("channels." + channel.getKey() + ".messages." + message.getKey(), message.getValue());
                }
            }
        }
        return messages;
    }

    /** The node a $ref points at, or null. */
    private JsonNode resolve(String ref) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        JsonNode root = document;
        if (!file.isEmpty()) {
            Path path = directory.resolve(file).normalize();
            if (!Files.isRegularFile(path)) {
                return null;
            }
            try {
                root = (file.endsWith(".yaml") || file.endsWith(".yml") ? YAML : JSON).readTree(path.toFile());
            } catch (RuntimeException e) {
                return null;
            }
        }
        JsonNode target = pointer.isEmpty() ? root : root.at(pointer);
        return target.isMissingNode() ? null : target;
    }

    private static JsonNode resource(String name) {
        try (InputStream in = AsyncApiValidator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
