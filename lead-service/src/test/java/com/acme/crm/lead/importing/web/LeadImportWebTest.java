package com.acme.crm.lead.importing.web;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.lead.LeadProperties;
import com.acme.crm.lead.capture.CaptureResult;
import com.acme.crm.lead.capture.DuplicateLead;
import com.acme.crm.lead.importing.LeadBulkCapture;
import com.acme.crm.lead.lead.LeadFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Importing a trade-show list over HTTP: whole-request refusals and one outcome per row, with bulk capture mocked. */
@CrmWebSliceTest(controllers = LeadImportController.class, properties = "crm.lead.max-import-rows=3")
@EnableConfigurationProperties(LeadProperties.class)
class LeadImportWebTest {

    private static final String MANAGER = TestTokens.manager("mgr-1", "east");

    @Autowired
    WebTestClient web;

    @MockitoBean
    LeadBulkCapture bulk;

    @Test
    void eachRowIsAnsweredOnItsOwnABadRowNamingItsFieldADuplicateItsRule() {
        when(bulk.captureAll(argThat(commands -> commands.size() == 2), any())).thenReturn(Mono.just(List.of(
                new LeadBulkCapture.Outcome(new CaptureResult(CaptureResult.Outcome.CREATED,
                        LeadFixtures.newWebsiteLead()), null),
                new LeadBulkCapture.Outcome(null, new DuplicateLead()))));

        importCsv(MANAGER, """
                name,phone,email,channel
                Good Row,+86 138 0013 8000,,WEBSITE
                No Way To Reach,,,WEBSITE
                Taken,+86 139 0013 9000,,TRADE_SHOW
                """).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.rows[0].outcome").isEqualTo("CREATED")
                .jsonPath("$.rows[1].outcome").isEqualTo("REJECTED")
                .jsonPath("$.rows[1].errors[0].field").isEqualTo("phone")
                .jsonPath("$.rows[2].outcome").isEqualTo("DUPLICATE")
                .jsonPath("$.rows[2].leadId").doesNotExist()
                .jsonPath("$.rows[2].errors[0].message").value(message ->
                        org.assertj.core.api.Assertions.assertThat((String) message).contains("rule L-3"));
    }

    @Test
    void aBodyThatIsNotAListOrAHeaderlessCsvIs400NamingTheBody() {
        web.post().uri("/api/leads/imports").headers(h -> h.setBearerAuth(MANAGER))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"Li Wei\"}")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        importCsv(MANAGER, "Li Wei,+86 138 0013 8000\n").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        verifyNoInteractions(bulk);
    }

    @Test
    void aListLongerThanTheLimitIs400NamingRows() {
        importCsv(MANAGER, "name,phone\na,1380013800\nb,1380013801\nc,1380013802\nd,1380013803\n")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("rows");
        verifyNoInteractions(bulk);
    }

    @Test
    void withoutATokenIs401() {
        web.post().uri("/api/leads/imports").contentType(MediaType.valueOf("text/csv")).bodyValue("name\nLi Wei\n")
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void salesSupportCannotImport403() {
        importCsv(TestTokens.token("sup-1", "east", Role.SALES_SUPPORT), "name\nLi Wei\n").expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(bulk);
    }

    private WebTestClient.ResponseSpec importCsv(String token, String csv) {
        return web.post().uri("/api/leads/imports").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.valueOf("text/csv")).bodyValue(csv).exchange();
    }
}
