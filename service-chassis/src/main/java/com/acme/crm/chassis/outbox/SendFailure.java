package com.acme.crm.chassis.outbox;

import org.apache.kafka.common.errors.RetriableException;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * Why one event's send failed. A retriable cause (a timeout, no leader, the broker away) may pass; any other (a
 * record too large, refused for good) will not, however often it is sent again.
 */
record SendFailure(Throwable cause, boolean retriable) {

    /** The failure of a send, {@code null} if it was acknowledged; one not answered in time failed retriably. */
    static @Nullable SendFailure of(CompletableFuture<?> ack, Duration timeout) {
        if (!ack.isDone()) {
            return new SendFailure(new TimeoutException("No acknowledgement within " + timeout), true);
        }
        Throwable error = ack.handle((result, e) -> e).getNow(null);
        if (error == null) {
            return null;
        }
        Throwable cause = kafkaCause(error);
        return new SendFailure(cause, cause instanceof RetriableException || cause instanceof TimeoutException);
    }

    /** The innermost Kafka client exception in the chain (under Spring's and the future's wrappers), else the root. */
    private static Throwable kafkaCause(Throwable error) {
        Throwable kafka = null;
        Throwable current = error;
        Throwable root = error;
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (current.getClass().getName().startsWith("org.apache.kafka.")) {
                kafka = current;
            }
            root = current;
            current = current.getCause() == current ? null : current.getCause();
        }
        return kafka != null ? kafka : root;
    }
}
