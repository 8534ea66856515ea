package com.acme.crm.chassis.idempotency;

import com.acme.crm.chassis.web.FieldError;
import com.acme.crm.chassis.web.Problems;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * What the idempotency filter answers itself: a stored answer replayed, or a refusal as problem+json naming the
 * {@code Idempotency-Key} header; each counted in {@code crm_idempotency_requests_total{outcome}}.
 */
class IdempotencyAnswers {

    private final JsonMapper json;
    private final MeterRegistry meters;

    IdempotencyAnswers(JsonMapper json, MeterRegistry meters) {
        this.json = json;
        this.meters = meters;
    }

    Mono<Void> replay(ServerHttpResponse response, StoredAnswer answer) {
        response.setStatusCode(HttpStatusCode.valueOf(answer.status()));
        HttpHeaders headers = response.getHeaders();
        if (answer.contentType() != null) {
            headers.set(HttpHeaders.CONTENT_TYPE, answer.contentType());
        }
        if (answer.location() != null) {
            headers.set(HttpHeaders.LOCATION, answer.location());
        }
        headers.set(IdempotencyFilter.REPLAYED_HEADER, "true");
        headers.setContentLength(answer.body().length);
        return count("replayed").then(answer.body().length == 0 ? response.setComplete()
                : response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(answer.body()))));
    }

    Mono<Void> invalidKey(ServerWebExchange exchange) {
        return refuse(exchange, Problems.invalidFields(List.of(new FieldError(IdempotencyFilter.HEADER,
                "must be one value of 1 to " + IdempotentRequest.MAX_KEY_LENGTH + " printable ASCII characters"))),
                "invalid");
    }

    Mono<Void> tooLarge(ServerWebExchange exchange, int maxBodyBytes) {
        return refuse(exchange, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request too large",
                "The request body is larger than " + maxBodyBytes + " bytes"), "too-large");
    }

    Mono<Void> reused(ServerWebExchange exchange) {
        return refuse(exchange, problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "Idempotency key reused", "The " + IdempotencyFilter.HEADER + " was used for a different request;"
                        + " send a new key with a new request"), "mismatch");
    }

    Mono<Void> inProgress(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        return refuse(exchange, problem(HttpStatus.CONFLICT, "idempotency-key-in-use", "Request in progress",
                "The first request with this " + IdempotencyFilter.HEADER + " is still running; retry shortly"),
                "in-progress");
    }

    /** This run outlived its lease and a retry took the key over; the run was rolled back. */
    Mono<Void> takenOver(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().remove(HttpHeaders.LOCATION);
        return refuse(exchange, problem(HttpStatus.CONFLICT, "idempotency-key-in-use", "Request in progress",
                "A retry with this " + IdempotencyFilter.HEADER + " took over while this request ran; it changed"
                        + " nothing"), "taken-over");
    }

    Mono<Void> count(String outcome) {
        return Mono.fromRunnable(() -> meters.counter("crm.idempotency.requests", "outcome", outcome).increment());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = Problems.of(status, type, title, detail);
        problem.setProperty("header", IdempotencyFilter.HEADER);
        return problem;
    }

    private Mono<Void> refuse(ServerWebExchange exchange, ProblemDetail problem, String outcome) {
        problem.setInstance(exchange.getRequest().getURI());
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] bytes = json.writeValueAsBytes(problem);
        // A refusal may replace an answer the handler already prepared: its length must not survive.
        response.getHeaders().setContentLength(bytes.length);
        return count(outcome).then(response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes))));
    }
}
