package com.acme.crm.events;

/**
 * What a consumer or producer needs to know about one event type: its name, topic, payload record and schema.
 *
 * @param type the versioned CloudEvents type
 * @param topic the topic it is published on
 * @param payloadType the record carried as the message value
 */
public record EventDescriptor(String type, String topic, Class<? extends IntegrationEvent> payloadType) {

    /** Base URI of the published JSON Schemas; {@code ce_dataschema} is this plus the schema file name. */
    public static final String SCHEMA_BASE_URI = "https://schemas.crm.acme.com/events/";

    /** The classpath resource holding this type's JSON Schema. */
    public String schemaResource() {
        return "schemas/" + type + ".json";
    }

    /** The value of {@code ce_dataschema}. */
    public String dataSchemaUri() {
        return SCHEMA_BASE_URI + type + ".json";
    }
}
