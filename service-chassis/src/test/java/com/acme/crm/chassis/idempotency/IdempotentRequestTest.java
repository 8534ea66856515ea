package com.acme.crm.chassis.idempotency;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotentRequestTest {

    @Test
    void theSameMethodPathAndBodyIsTheSameRequestAndAnyDifferenceIsAnother() {
        byte[] body = "{\"text\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        String hash = hashOf(MockServerHttpRequest.post("/api/notes").build(), body);

        assertThat(hashOf(MockServerHttpRequest.post("/api/notes").build(), body.clone())).isEqualTo(hash);
        assertThat(hashOf(MockServerHttpRequest.post("/api/notes").build(), "{\"text\":\"b\"}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(hash);
        assertThat(hashOf(MockServerHttpRequest.put("/api/notes").build(), body)).isNotEqualTo(hash);
        assertThat(hashOf(MockServerHttpRequest.post("/api/other").build(), body)).isNotEqualTo(hash);
        assertThat(hashOf(MockServerHttpRequest.post("/api/notes?dryRun=true").build(), body)).isNotEqualTo(hash);
    }

    @Test
    void aKeyIsOneValueOfOneTo255PrintableCharactersBareOrQuoted() {
        assertThat(IdempotentRequest.keyOf(List.of("8e03978e-40d5-43e8-bc93-6894a57f9324")))
                .isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
        assertThat(IdempotentRequest.keyOf(List.of("\"abc\""))).isEqualTo("abc");
        assertThat(IdempotentRequest.keyOf(List.of("k".repeat(255)))).hasSize(255);

        assertThat(IdempotentRequest.keyOf(List.of("k".repeat(256)))).isNull();
        assertThat(IdempotentRequest.keyOf(List.of(""))).isNull();
        assertThat(IdempotentRequest.keyOf(List.of("\"\""))).isNull();
        assertThat(IdempotentRequest.keyOf(List.of("caf\u00e9"))).isNull();
        assertThat(IdempotentRequest.keyOf(List.of("a\tb"))).isNull();
        assertThat(IdempotentRequest.keyOf(List.of("a", "b"))).isNull();
    }

    private static String hashOf(MockServerHttpRequest request, byte[] body) {
        return IdempotentRequest.of(request, "rep-1", "k", body).hash();
    }
}
