package com.acme.crm.order.product.web;

import com.acme.crm.chassis.test.CrmWebSliceTest;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.order.OrderSlice;
import com.acme.crm.order.product.ProductCatalogue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.math.BigDecimal;
import java.util.Map;

import static org.mockito.Mockito.verifyNoInteractions;

/** The catalogue API: maintained by managers only; a list price is CNY to the fen, never negative. */
@CrmWebSliceTest(controllers = ProductController.class)
@Import(OrderSlice.class)
class ProductWebTest {

    private static final String MANAGER = TestTokens.manager("mgr-1", "east");

    @Autowired
    WebTestClient web;
    @MockitoBean
    ProductCatalogue catalogue;

    @Test
    void aRepDoesNotMaintainTheCatalogue() {
        define(TestTokens.rep("rep-1", "east"), "100.00").expectStatus().isForbidden();
        verifyNoInteractions(catalogue);
    }

    @Test
    void aListPriceIsNotNegativeAndHasAtMostTwoDecimals() {
        define(MANAGER, "-1.00").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field")
                .isEqualTo("listPrice");
        define(MANAGER, "1.005").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field")
                .isEqualTo("listPrice");
        verifyNoInteractions(catalogue);
    }

    @Test
    void aPageLargerThanAllowedIsRefusedNamingTheParameter() {
        web.get().uri("/api/products?size=1000").headers(h -> h.setBearerAuth(MANAGER)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
    }

    private WebTestClient.ResponseSpec define(String token, String price) {
        return web.post().uri("/api/products").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "P-1", "name", "Press", "listPrice", new BigDecimal(price))).exchange();
    }
}
