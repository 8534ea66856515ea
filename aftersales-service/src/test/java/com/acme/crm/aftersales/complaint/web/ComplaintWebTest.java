package com.acme.crm.aftersales.complaint.web;

import com.acme.crm.aftersales.complaint.ComplaintDesk;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;

import static org.mockito.Mockito.verifyNoInteractions;

/** the complaint API needs a complainant, a known channel and the content; reps do not close complaints. */
@CrmWebSliceTest(controllers = ComplaintController.class)
class ComplaintWebTest {

    @Autowired
    WebTestClient web;
    @MockitoBean
    ComplaintDesk desk;

    @Test
    void a2_anUnknownChannelIsRefusedNamingTheField() {
        raise(Map.of("customerId", UUID.randomUUID(), "complainant", "Wang Wei", "channel", "PIGEON",
                "content", "Late delivery"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("channel");
        verifyNoInteractions(desk);
    }

    @Test
    void a2_aComplaintNeedsItsComplainant() {
        raise(Map.of("customerId", UUID.randomUUID(), "complainant", "", "channel", "PHONE",
                "content", "Late delivery"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("complainant");
        verifyNoInteractions(desk);
    }

    @Test
    void a2_aRepDoesNotCloseComplaints() {
        web.post().uri("/api/complaints/{id}/closure", UUID.randomUUID())
                .headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("rootCause", "Loose packing", "improvementActions", "Corner guards"))
                .exchange()
                .expectStatus().isForbidden();
        verifyNoInteractions(desk);
    }

    private WebTestClient.ResponseSpec raise(Object body) {
        return web.post().uri("/api/complaints")
                .headers(h -> h.setBearerAuth(TestTokens.token("agent-1", "east", Role.SERVICE_AGENT)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
