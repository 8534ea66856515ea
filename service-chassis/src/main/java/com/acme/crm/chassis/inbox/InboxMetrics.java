package com.acme.crm.chassis.inbox;

import io.micrometer.core.instrument.MeterRegistry;

/** Processed, duplicate, skipped, failed and dead-lettered events, per consumer and type. */
class InboxMetrics {

    private final MeterRegistry registry;

    InboxMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void processed(String consumer, String type) {
        registry.counter("crm.inbox.processed", "consumer", consumer, "type", type).increment();
    }

    void duplicate(String consumer, String type) {
        registry.counter("crm.inbox.duplicates", "consumer", consumer, "type", type).increment();
    }

    void skipped(String consumer, String type) {
        registry.counter("crm.inbox.skipped", "consumer", consumer, "type", type).increment();
    }

    void failed(String consumer, String type, Throwable error) {
        registry.counter("crm.inbox.failures", "consumer", consumer, "type", type,
                "exception", error.getClass().getSimpleName()).increment();
    }

    void deadLettered(String topic, Throwable error) {
        registry.counter("crm.inbox.dead.lettered", "topic", topic,
                "exception", rootCause(error).getClass().getSimpleName()).increment();
    }

    static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof PoisonMessageException) {
                return cause;
            }
            cause = cause.getCause();
        }
        return cause;
    }
}
