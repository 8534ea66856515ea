package com.acme.crm.chassis.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.security.Principal;
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
 * Security, so the caller is known; requests without the header pass untouched. Logs neither keys nor bodies.
 */
class IdempotencyFilter implements WebFilter, Ordered {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** After Spring Security's filter chain (-100), so the caller is authenticated. */
    static final int ORDER = -50;
    private static final Set<HttpMethod> COMMANDS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyStore store;
    private final TransactionalOperator transactions;
    private final IdempotencyAnswers answers;
    private final int maxBodyBytes;

    IdempotencyFilter(IdempotencyStore store, TransactionalOperator transactions, IdempotencyAnswers answers,
                      int maxBodyBytes) {
        this.store = store;
        this.transactions = transactions;
        this.answers = answers;
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
        String key = IdempotentRequest.keyOf(keys);
        if (key == null) {
            return answers.invalidKey(exchange);
        }
        return exchange.getPrincipal().map(Principal::getName).defaultIfEmpty("")
                .flatMap(caller -> caller.isEmpty() ? chain.filter(exchange) : bodyOf(request)
                        .flatMap(body -> body.isEmpty()
                                ? answers.tooLarge(exchange, maxBodyBytes)
                                : keyed(exchange, chain, IdempotentRequest.of(request, caller, key, body.get()),
                                        body.get())));
    }

    private Mono<Void> keyed(ServerWebExchange exchange, WebFilterChain chain, IdempotentRequest request, byte[] body) {
        return store.claim(request).flatMap(claim -> {
            if (claim instanceof Claim.Owned owned) {
                return process(exchange, chain, request, owned, body);
            }
            if (claim instanceof Claim.Replay replay) {
                return answers.replay(exchange.getResponse(), replay.answer());
            }
            return claim instanceof Claim.Mismatch ? answers.reused(exchange) : answers.inProgress(exchange);
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
            case STORED -> answers.count("processed").then(response.send());
            case NOT_STORED -> store.release(request, owned.attempt()).then(answers.count("not-stored"))
                    .then(response.send());
            case TAKEN_OVER -> {
                // The lease ran out and a retry took the key; this run rolled back so the command takes effect once.
                log.warn("A keyed request outlived its lease of the key and was rolled back: {} {}",
                        request.method(), exchange.getRequest().getPath().pathWithinApplication().value());
                yield answers.takenOver(exchange);
            }
        });
    }

    private enum Outcome { STORED, NOT_STORED, TAKEN_OVER }

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
                return Flux.defer(() -> body.length == 0 ? Flux.empty() : Flux.just(buffers.wrap(body)));
            }
        };
    }
}
