package com.acme.crm.chassis.observability;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads the W3C {@code traceparent} of the current span, so an event written to the outbox carries the trace of
 * the request (or the consumed event) that caused it, and the consumer's span joins that trace.
 */
public class TraceContext {

    private final @Nullable Tracer tracer;
    private final @Nullable Propagator propagator;

    public TraceContext(@Nullable Tracer tracer, @Nullable Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current {@code traceparent}, from the Reactor context (WebFlux) or the thread (Kafka listener). */
    public Mono<String> currentTraceparent() {
        if (tracer == null || propagator == null) {
            return Mono.empty();
        }
        return Mono.deferContextual(context -> {
            Observation observation = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
            Span span = spanOf(observation);
            if (span == null) {
                span = tracer.currentSpan();
            }
            return Mono.justOrEmpty(span == null ? null : traceparent(span));
        });
    }

    private static @Nullable Span spanOf(@Nullable Observation observation) {
        if (observation == null) {
            return null;
        }
        TracingObservationHandler.TracingContext tracing =
                observation.getContext().get(TracingObservationHandler.TracingContext.class);
        return tracing == null ? null : tracing.getSpan();
    }

    private @Nullable String traceparent(Span span) {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get("traceparent");
    }
}
