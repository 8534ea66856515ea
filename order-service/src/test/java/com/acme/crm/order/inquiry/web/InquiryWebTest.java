package com.acme.crm.order.inquiry.web;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.order.inquiry.InquiryDesk;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;

import static org.mockito.Mockito.verifyNoInteractions;

/** O-16: the inquiry API takes support's inquiries; a blank subject is refused naming the field. */
@CrmWebSliceTest(controllers = InquiryController.class)
class InquiryWebTest {

    @Autowired
    WebTestClient web;
    @MockitoBean
    InquiryDesk desk;

    @Test
    void anInquiryNeedsASubject() {
        take(TestTokens.token("sup-1", null, Role.SALES_SUPPORT), Map.of("customerId", UUID.randomUUID(),
                "subject", " ")).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field")
                .isEqualTo("subject");
        verifyNoInteractions(desk);
    }

    @Test
    void financeDoesNotTakeInquiries() {
        take(TestTokens.token("fin-1", null, Role.FINANCE), Map.of("customerId", UUID.randomUUID(),
                "subject", "Invoice copy")).expectStatus().isForbidden();
        verifyNoInteractions(desk);
    }

    private WebTestClient.ResponseSpec take(String token, Object body) {
        return web.post().uri("/api/inquiries").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
