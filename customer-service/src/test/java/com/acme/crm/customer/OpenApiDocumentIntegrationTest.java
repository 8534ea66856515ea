package com.acme.crm.customer;

import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.OpenApiDocument;
import com.acme.crm.customer.customer.LeadServiceStub;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The OpenAPI document reads well: summaries, tags, the bearer-JWT scheme and the problem responses of every /api
 * operation. Writes target/openapi/customer-service.json, which CI lints with Redocly's recommended rules (.ci/run).
 */
@CrmIntegrationTest
class OpenApiDocumentIntegrationTest extends LeadServiceStub {

    @Autowired
    WebTestClient web;

    @Test
    void everyOperationIsDocumentedForItsClients() {
        OpenApiDocument.assertReadable(OpenApiDocument.fetchAndWrite(web, "customer-service"));
    }
}
