package com.acme.crm.aftersales;

import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.OpenApiDocument;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The OpenAPI document reads well: summaries, tags, the bearer-JWT scheme and the problem responses of every /api
 * operation. Writes target/openapi/aftersales-service.json, which CI lints with Redocly's recommended rules.
 */
@CrmIntegrationTest
class OpenApiDocumentIntegrationTest {

    @Autowired
    WebTestClient web;

    @Test
    void everyOperationIsDocumentedForItsClients() {
        OpenApiDocument.assertReadable(OpenApiDocument.fetchAndWrite(web, "aftersales-service"));
    }
}
