package com.acme.crm.chassis.idempotency;

import com.acme.crm.chassis.web.FieldError;
import com.acme.crm.chassis.web.Problems;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Makes every command idempotent under an {@code Idempotency-Key} (IETF draft): a POST, PUT, PATCH or DELETE under
 * {@code /api/**} that carries the header is processed once per caller and key. The first request claims the key,
 * runs inside one transaction that the handler's own transactions join, and stores its 2xx answer in that transaction
 * before the client sees it; a retry with the same request gets the stored answer ({@code Idempotent-Replayed: true})
 * and changes nothing; the same key with another request is a 422, a retry while the first still runs a 409. A
 * refusal (non-2xx) is not stored: it rolls back and frees the key, so a retry is evaluated anew. Runs after Spring
 * Security, so the caller is known; requests without the header pass untouched.
 */
class IdempotencyFilter implements WebFilter, Ordered {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** After Spring Security's filter chain (-100), so the caller is authenticated. */
    static final int ORDER = -50;
    private static final int MAX_KEY_LENGTH = 255;
    private static final Set<HttpMethod> COMMANDS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyStore store;
    private final TransactionalOperator transactions;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final int maxBodyBytes;

    IdempotencyFilter(IdempotencyStore store, TransactionalOperator transactions, JsonMapper json, MeterRegistry meters,
                      int maxBodyBytes) {
        this.store = store;
        this.transactions = transactions;
        this.json = json;
        this.meters = meters;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        List<String> keys = request.getHeaders().get(HEADER);
        if (keys == null || keys.isEmpty() || !COMMANDS.contains(request.getMethod())
                || !request.getPath().pathWithinApplication().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        String key = keyOf(keys);
        if (key == null) {
            return refuse(exchange, Problems.invalidFields(List.of(new FieldError(HEADER,
                    "must be one value of 1 to " + MAX_KEY_LENGTH + " printable ASCII characters"))), "invalid");
        }
        return exchange.getPrincipal().map(Principal::getName).defaultIfEmpty("")
                .flatMap(caller -> caller.isEmpty() ? chain.filter(exchange) : bodyOf(request)
                        .flatMap(body -> body.isEmpty()
                                ? refuse(exchange, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                                        "Request too large", "The request body is larger than " + maxBodyBytes
                                                + " bytes"), "too-large")
                                : keyed(exchange, chain, requestOf(request, caller, key, body.get()), body.get())));
    }

    private Mono<Void> keyed(ServerWebExchange exchange, WebFilterChain chain, IdempotentRequest request, byte[] body) {
        return store.claim(request).flatMap(claim -> {
            if (claim instanceof Claim.Owned owned) {
                return process(exchange, chain, request, owned, body);
            }
            if (claim instanceof Claim.Replay replay) {
                return replay(exchange.getResponse(), replay.answer());
            }
            if (claim instanceof Claim.Mismatch) {
                return refuse(exchange, problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                        "Idempotency key reused", "The " + HEADER + " was used for a different request; send a new"
                                + " key with a new request"), "mismatch");
            }
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            return refuse(exchange, problem(HttpStatus.CONFLICT, "idempotency-key-in-use", "Request in progress",
                    "The first request with this " + HEADER + " is still running; retry shortly"), "in-progress");
        });
    }

    /**
     * Runs the command in a transaction its handler joins; stores a 2xx answer in it, rolls back and frees the key
     * otherwise; the client gets the answer only after the commit.
     */
    private Mono<Void> process(ServerWebExchange exchange, WebFilterChain chain, IdempotentRequest request,
                               Claim.Owned owned, byte[] body) {
        BufferedResponse response = new BufferedResponse(exchange.getResponse());
        ServerWebExchange buffered = exchange.mutate()
                .request(replaying(exchange.getRequest(), body, exchange.getResponse().bufferFactory()))
                .response(response).build();
        Mono<Outcome> run = transactions.execute(transaction -> chain.filter(buffered)
                        .then(Mono.defer(() -> {
                            if (!response.succeeded()) {
                                transaction.setRollbackOnly();
                                return Mono.just(Outcome.NOT_STORED);
                            }
                            return store.complete(request, owned.attempt(), response.answer()).map(stored -> {
                                if (!stored) {
                                    transaction.setRollbackOnly();
                                }
                                return stored ? Outcome.STORED : Outcome.TAKEN_OVER;
                            });
                        })))
                .single()
                .onErrorResume(failed -> store.release(request, owned.attempt()).onErrorComplete()
                        .then(Mono.error(failed)));
        return run.flatMap(outcome -> switch (outcome) {
            case STORED -> count("processed").then(response.send());
            case NOT_STORED -> store.release(request, owned.attempt()).then(count("not-stored")).then(response.send());
            case TAKEN_OVER -> {
                // The lease ran out and a retry took the key; this run rolled back so the command takes effect once.
                log.warn("A keyed request outlived its lease of the key and was rolled back: {} {}",
                        request.method(), exchange.getRequest().getPath().pathWithinApplication().value());
                exchange.getResponse().getHeaders().remove(HttpHeaders.LOCATION);
                yield refuse(exchange, problem(HttpStatus.CONFLICT, "idempotency-key-in-use", "Request in progress",
                        "A retry with this " + HEADER + " took over while this request ran; it changed nothing"),
                        "taken-over");
            }
        });
    }

    private enum Outcome { STORED, NOT_STORED, TAKEN_OVER }

    private Mono<Void> replay(ServerHttpResponse response, StoredAnswer answer) {
        response.setStatusCode(HttpStatusCode.valueOf(answer.status()));
        HttpHeaders headers = response.getHeaders();
        if (answer.contentType() != null) {
            headers.set(HttpHeaders.CONTENT_TYPE, answer.contentType());
        }
        if (answer.location() != null) {
            headers.set(HttpHeaders.LOCATION, answer.location());
        }
        headers.set(REPLAYED_HEADER, "true");
        headers.setContentLength(answer.body().length);
        return count("replayed").then(answer.body().length == 0 ? response.setComplete()
                : response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(answer.body()))));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = Problems.of(status, type, title, detail);
        problem.setProperty("header", HEADER);
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

    private Mono<Void> count(String outcome) {
        return Mono.fromRunnable(() -> meters.counter("crm.idempotency.requests", "outcome", outcome).increment());
    }

    /**
     * The whole body, read once to hash it and to hand it to the handler again; empty when it is larger than the
     * codec limit ({@code spring.http.codecs.max-in-memory-size}), which the handler could not read either.
     */
    private Mono<Optional<byte[]>> bodyOf(ServerHttpRequest request) {
        return DataBufferUtils.join(request.getBody(), maxBodyBytes)
                .map(joined -> {
                    byte[] bytes = new byte[joined.readableByteCount()];
                    joined.read(bytes);
                    DataBufferUtils.release(joined);
                    return Optional.of(bytes);
                })
                .defaultIfEmpty(Optional.of(new byte[0]))
                .onErrorResume(DataBufferLimitException.class, tooLarge -> Mono.just(Optional.empty()));
    }

    private static ServerHttpRequest replaying(ServerHttpRequest request, byte[] body, DataBufferFactory buffers) {
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> body.length == 0 ? Flux.empty()
                        : Flux.just(buffers.wrap(body)));
            }
        };
    }

    private static IdempotentRequest requestOf(ServerHttpRequest request, String caller, String key, byte[] body) {
        String path = request.getPath().pathWithinApplication().value();
        String query = request.getURI().getRawQuery();
        String target = query == null ? path : path + "?" + query;
        String method = request.getMethod().name();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + " " + target + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return new IdempotentRequest(caller, key, method, target, HexFormat.of().formatHex(sha256.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The key, or null when it is not one value of 1–255 printable ASCII characters. The draft sends it as a
     * structured-field string ({@code "abc"}); a bare token is accepted too.
     */
    static String keyOf(List<String> values) {
        if (values.size() != 1) {
            return null;
        }
        String key = values.get(0).strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return null;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
        }
        return key;
    }
}
