package com.acme.crm.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one shared JSON mapper; Jackson 2 because the Kafka broker brings it anyway.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            // Demo files and service responses may carry more than we read; that is not an error here.
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Json() {
    }
}
