package com.acme.crm.chassis.idempotency;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps what the handler writes instead of sending it, so the answer can be stored in the command's transaction and
 * reach the client only after that transaction committed: a client never sees a success that did not commit.
 */
class BufferedResponse extends ServerHttpResponseDecorator {

    private static final byte[] EMPTY = new byte[0];

    private byte @Nullable [] body;

    BufferedResponse(ServerHttpResponse delegate) {
        super(delegate);
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> written) {
        return DataBufferUtils.join(Flux.from(written))
                .map(joined -> {
                    byte[] bytes = new byte[joined.readableByteCount()];
                    joined.read(bytes);
                    DataBufferUtils.release(joined);
                    return bytes;
                })
                .defaultIfEmpty(EMPTY)
                .doOnNext(bytes -> body = bytes)
                .then();
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> written) {
        return writeWith(Flux.from(written).concatMap(Flux::from));
    }

    @Override
    public Mono<Void> setComplete() {
        return Mono.empty();
    }

    /** Whether the handler answered with a success (2xx): only those are stored and replayed. */
    boolean succeeded() {
        HttpStatusCode status = getStatusCode();
        return status == null || status.is2xxSuccessful();
    }

    StoredAnswer answer() {
        HttpStatusCode status = getStatusCode();
        MediaType contentType = getHeaders().getContentType();
        return new StoredAnswer(status == null ? 200 : status.value(),
                contentType == null ? null : contentType.toString(),
                getHeaders().getFirst(HttpHeaders.LOCATION), body == null ? EMPTY : body);
    }

    /** Sends the kept answer to the client. */
    Mono<Void> send() {
        ServerHttpResponse client = getDelegate();
        if (body != null) {
            client.getHeaders().setContentLength(body.length);
        }
        return body == null ? client.setComplete() : client.writeWith(Mono.fromSupplier(() -> client.bufferFactory().wrap(body)));
    }
}
