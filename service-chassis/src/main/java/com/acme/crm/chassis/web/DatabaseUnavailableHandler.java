package com.acme.crm.chassis.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 503 of {@link ProblemDetailsAdvice} for failures that never reach a controller: a WebFilter or a security
 * component that could not reach the database. Ordered ahead of Boot's error handler (-1), which would answer 500.
 */
@Order(-2)
class DatabaseUnavailableHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    private final JsonMapper json;
    private final OutageProperties outage;

    DatabaseUnavailableHandler(JsonMapper json, OutageProperties outage) {
        this.json = json;
        this.outage = outage;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (!Outages.databaseUnreachable(failure) || response.isCommitted()) {
            return Mono.error(failure);
        }
        log.warn("Database unreachable, answered 503 to {} {}: {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), failure.toString());
        ProblemDetail problem = Problems.databaseUnavailable(outage.retryAfterSeconds());
        problem.setInstance(exchange.getRequest().getURI());
        response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(outage.retryAfterSeconds()));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(json.writeValueAsBytes(problem))));
    }
}
