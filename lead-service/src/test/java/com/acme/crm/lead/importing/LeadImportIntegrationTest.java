package com.acme.crm.lead.importing;

import com.acme.crm.lead.Leads;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The edges of {@code POST /api/leads/imports}: malformed rows, the largest list allowed, and beyond it. */
@CrmIntegrationTest
class LeadImportIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;

    @Test
    void aRowThatIsNotALeadIsABadRequestNamingTheRowAndNothingIsCaptured() {
        String team = TestTokens.uniqueTeam();
        String manager = TestTokens.manager("mgr-" + team, team);

        importJson(manager, "[null]").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("[0]");
        importJson(manager, "[{\"name\":\"Good\",\"phone\":\"" + Leads.uniquePhone() + "\",\"channel\":\"WEBSITE\"}, 5]")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("[1]");

        assertThat(TestDatabase.count(db, "select count(*) from lead where team = '" + team + "'")).isZero();
    }

    @Test
    void fiveThousandRealisticRowsFitOneImport() {
        String team = TestTokens.uniqueTeam();
        List<Map<String, Object>> rows = new ArrayList<>(5000);
        for (int i = 0; i < 5000; i++) {
            Map<String, Object> row = new HashMap<>(Leads.tradeShowLead("Trade Show Visitor " + i));
            row.put("company", "Zhejiang Hangzhou Precision Industrial Pumps and Valves Manufacturing Co., Ltd. " + i);
            row.put("notes", "Met at the Canton Fair, booth 12.1; asked for a quote on 200 centrifugal pumps, call after 3 pm");
            rows.add(row);
        }
        try {
            web.mutate().responseTimeout(Duration.ofSeconds(60)).build()
                    .post().uri("/api/leads/imports").headers(h -> h.setBearerAuth(TestTokens.manager("mgr-" + team, team)))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(rows).exchange()
                    .expectStatus().isOk().expectBody()
                    .jsonPath("$.total").isEqualTo(5000)
                    .jsonPath("$.created").isEqualTo(5000)
                    .jsonPath("$.rows.length()").isEqualTo(5000);
            assertThat(TestDatabase.count(db, "select count(*) from lead where team = '" + team + "'")).isEqualTo(5000);
        } finally {
            Leads.forgetTeam(db, team);
        }
    }

    @Test
    void overTheMaximumIsAProblemNotAServerError() {
        String manager = TestTokens.manager("mgr-max", TestTokens.uniqueTeam());

        importJson(manager, "[" + String.join(",", Collections.nCopies(5001, "{}")) + "]")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("rows");

        String row = "{\"name\":\"" + "x".repeat(1000) + "\",\"channel\":\"WEBSITE\"}";
        importJson(manager, "[" + String.join(",", Collections.nCopies(9000, row)) + "]")
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec importJson(String token, String body) {
        return web.post().uri("/api/leads/imports").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
