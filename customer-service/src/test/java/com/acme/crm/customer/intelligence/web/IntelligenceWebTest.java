package com.acme.crm.customer.intelligence.web;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.intelligence.IntelligenceCommands;
import com.acme.crm.customer.intelligence.IntelligenceQueries;
import com.acme.crm.customer.intelligence.IntelligenceQuery;
import com.acme.crm.customer.intelligence.IntelligenceReport;
import com.acme.crm.customer.intelligence.IntelligenceReportState;
import com.acme.crm.customer.intelligence.IntelligenceSource;
import com.acme.crm.customer.intelligence.Observation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * N-9 over HTTP with the commands and queries mocked: who may file, read and acknowledge; bad input is a 400 naming
 * the field; a second acknowledgement a 422 naming N-9 (the real {@link IntelligenceReport} refuses).
 */
@CrmWebSliceTest(controllers = IntelligenceController.class)
@EnableConfigurationProperties(CustomerProperties.class)
class IntelligenceWebTest {

    static final String REP = TestTokens.rep("rep-1", "east");
    static final String DIRECTOR = TestTokens.token("dir-1", null, Role.SALES_DIRECTOR);
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    WebTestClient web;
    @MockitoBean
    IntelligenceCommands commands;
    @MockitoBean
    IntelligenceQueries queries;

    static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("competitor", "Rival Pumps");
        body.put("product", "SP-400X");
        body.put("productCategory", "pump");
        body.put("price", 128000.00);
        body.put("promotion", "free installation");
        body.put("region", "East China");
        body.put("source", "TRADE_SHOW");
        body.put("observedOn", TODAY.toString());
        body.put("notes", "seen at the fair");
        return body;
    }

    static IntelligenceReportState report(Observation observation) {
        return IntelligenceReport.file(observation, "rep-1", "east", "PUMPS", NOW, ZoneId.of("Asia/Shanghai")).report();
    }

    private WebTestClient.ResponseSpec file(String token, Map<String, Object> body) {
        return web.post().uri("/api/intelligence").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void n9_aRepFilesAReport_routedToItsDepartment() {
        when(commands.file(any(), any())).thenAnswer(call -> Mono.fromCallable(() -> report(call.getArgument(0))));

        file(REP, body()).expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.department").isEqualTo("PUMPS")
                .jsonPath("$.competitor").isEqualTo("Rival Pumps")
                .jsonPath("$.price").isEqualTo(128000.0)
                .jsonPath("$.currency").isEqualTo("CNY")
                .jsonPath("$.source").isEqualTo("TRADE_SHOW")
                .jsonPath("$.status").isEqualTo("FILED")
                .jsonPath("$.filedBy").isEqualTo("rep-1");
        verify(commands).file(argThat(o -> o.price().compareTo(new BigDecimal("128000")) == 0
                && o.observedOn().equals(TODAY) && o.source() == IntelligenceSource.TRADE_SHOW), any());
    }

    @Test
    void n9_aNegativePriceIsA400NamingPrice_andNothingIsFiled() {
        Map<String, Object> body = body();
        body.put("price", -1);

        file(REP, body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("price");
        verifyNoInteractions(commands);
    }

    @Test
    void n9_aMissingCompetitorOrSourceIsA400NamingTheField() {
        Map<String, Object> body = body();
        body.remove("competitor");
        file(REP, body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("competitor");

        Map<String, Object> noSource = body();
        noSource.put("source", "RUMOUR");
        file(REP, noSource).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("source");
        verifyNoInteractions(commands);
    }

    @Test
    void n9_aDayObservedInTheFutureIsA400NamingObservedOn() {
        when(commands.file(any(), any())).thenAnswer(call -> Mono.fromCallable(() -> report(call.getArgument(0))));
        Map<String, Object> body = body();
        body.put("observedOn", TODAY.plusDays(1).toString());

        file(REP, body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("observedOn");
    }

    @Test
    void n9_aCustomerOutsideTheFilersScopeIsA400NamingCustomerId() {
        when(commands.file(any(), any())).thenReturn(Mono.error(
                new InvalidFieldException("customerId", "is not a customer in your data scope")));
        Map<String, Object> body = body();
        body.put("customerId", UUID.randomUUID().toString());

        file(REP, body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerId");
    }

    @Test
    void n9_onlyTheSalesTeamFiles() {
        file(TestTokens.token("svc-1", "east", Role.SERVICE_AGENT), body()).expectStatus().isForbidden();
        file(TestTokens.token("fin-1", null, Role.FINANCE), body()).expectStatus().isForbidden();
        file(TestTokens.systemToken("product-dept", Scopes.INTELLIGENCE_READ), body()).expectStatus().isForbidden();
        verifyNoInteractions(commands);
    }

    @Test
    void n9_theListPassesItsFiltersAndPages() {
        when(queries.search(any(), any(), any())).thenReturn(Mono.just(new PageResponse<>(List.of(), 1, 10, 0, 0)));

        web.get().uri("/api/intelligence?department=PUMPS&competitor=Rival&region=East&from=2026-11-01&to=2026-11-23"
                        + "&status=FILED&page=1&size=10")
                .headers(h -> h.setBearerAuth(DIRECTOR)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.page").isEqualTo(1);

        verify(queries).search(eq(new IntelligenceQuery("PUMPS", "Rival", "East", LocalDate.of(2026, 11, 1), TODAY,
                IntelligenceReport.Status.FILED)), argThat(p -> p.page() == 1 && p.size() == 10), any());
    }

    @Test
    void n9_aMalformedDayOrPageIsA400NamingTheParameter() {
        web.get().uri("/api/intelligence?from=2026-13-01").headers(h -> h.setBearerAuth(REP)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
        web.get().uri("/api/intelligence?size=0").headers(h -> h.setBearerAuth(REP)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void n9_aProductDepartmentsSystemReadsWithItsScope_onlyWithIt() {
        when(queries.search(any(), any(), any())).thenReturn(Mono.just(new PageResponse<>(List.of(), 0, 20, 0, 0)));

        web.get().uri("/api/intelligence").headers(h -> h.setBearerAuth(
                        TestTokens.systemToken("product-dept", Scopes.INTELLIGENCE_READ)))
                .exchange().expectStatus().isOk();
        web.get().uri("/api/intelligence").headers(h -> h.setBearerAuth(
                        TestTokens.systemToken("erp", Scopes.CUSTOMERS_READ)))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/intelligence").headers(h -> h.setBearerAuth(
                        TestTokens.token("fin-1", null, Role.FINANCE)))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void n9_anUnknownOrInvisibleReportIsNotFound() {
        UUID id = UUID.randomUUID();
        when(queries.get(eq(id), any())).thenReturn(Mono.error(new NotFoundException("Intelligence report", id)));

        web.get().uri("/api/intelligence/{id}", id).headers(h -> h.setBearerAuth(REP)).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void n9_aDepartmentReaderAcknowledgesOnce_aSecondTimeIsA422NamingN9() {
        IntelligenceReport report = IntelligenceReport.restore(report(new Observation("Rival", "SP-1", null, null,
                null, "East", IntelligenceSource.OTHER, TODAY, null, null)));
        when(commands.review(eq(report.id()), eq("pricing informed"), any()))
                .thenAnswer(call -> Mono.fromCallable(() -> report.review("dir-1", "pricing informed", NOW).report()));

        review(DIRECTOR, report.id()).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("REVIEWED").jsonPath("$.reviewedBy").isEqualTo("dir-1");
        review(DIRECTOR, report.id()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("N-9");
    }

    @Test
    void n9_repsAndManagersDoNotAcknowledge_andTheNoteIsRequired() {
        UUID id = UUID.randomUUID();
        review(REP, id).expectStatus().isForbidden();
        review(TestTokens.manager("mgr-1", "east"), id).expectStatus().isForbidden();
        web.post().uri("/api/intelligence/{id}/review", id).headers(h -> h.setBearerAuth(DIRECTOR))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("note", " ")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("note");
        verifyNoInteractions(commands);
    }

    private WebTestClient.ResponseSpec review(String token, UUID id) {
        return web.post().uri("/api/intelligence/{id}/review", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("note", "pricing informed")).exchange();
    }
}
