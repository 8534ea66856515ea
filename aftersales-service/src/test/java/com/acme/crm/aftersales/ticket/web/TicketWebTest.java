package com.acme.crm.aftersales.ticket.web;

import com.acme.crm.aftersales.ticket.TicketDesk;
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

/** the ticket API refuses an unknown type naming the field, and only those who work tickets answer them. */
@CrmWebSliceTest(controllers = TicketController.class)
class TicketWebTest {

    @Autowired
    WebTestClient web;
    @MockitoBean
    TicketDesk desk;

    @Test
    void a1_anUnknownTicketTypeIsRefusedNamingTheField() {
        web.post().uri("/api/tickets").headers(h -> h.setBearerAuth(TestTokens.token("agent-1", "east",
                        Role.SERVICE_AGENT)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", UUID.randomUUID(), "type", "BROKEN_PRINTER", "description", "x"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
        verifyNoInteractions(desk);
    }

    @Test
    void a1_aTicketNeedsADescription() {
        web.post().uri("/api/tickets").headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", UUID.randomUUID(), "type", "HARDWARE_FAULT", "description", " "))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("description");
        verifyNoInteractions(desk);
    }

    @Test
    void a1_aRepReadsTicketsButDoesNotAnswerThem() {
        web.post().uri("/api/tickets/{id}/responses", UUID.randomUUID())
                .headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east")))
                .exchange()
                .expectStatus().isForbidden();
        verifyNoInteractions(desk);
    }

    @Test
    void financeHasNoTickets() {
        web.get().uri("/api/tickets").headers(h -> h.setBearerAuth(TestTokens.token("fin-1", null, Role.FINANCE)))
                .exchange()
                .expectStatus().isForbidden();
        verifyNoInteractions(desk);
    }
}
