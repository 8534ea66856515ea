package com.acme.crm.chassis.outbox;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The events a relay round sent, in claim order, with their acknowledgements. */
record SentBatch(List<PendingEvent> events, List<CompletableFuture<?>> acks) {

    static final SentBatch NOTHING = new SentBatch(List.of(), List.of());

    /** Completes when every acknowledgement has come, successful or not. */
    CompletableFuture<Void> allSettled() {
        return CompletableFuture.allOf(acks.stream()
                .map(ack -> ack.handle((result, error) -> null))
                .toArray(CompletableFuture[]::new));
    }

    /**
     * What to mark: acknowledged events are published unless an earlier event of their key failed (then they are
     * sent again after it, so the key's order holds); an event not acknowledged within the timeout failed.
     */
    Settled settle(Duration timeout) {
        List<PendingEvent> published = new ArrayList<>();
        List<PendingEvent> failed = new ArrayList<>();
        List<SendFailure> failures = new ArrayList<>();
        Set<String> failedKeys = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            PendingEvent event = events.get(i);
            SendFailure failure = SendFailure.of(acks.get(i), timeout);
            if (failure != null) {
                failed.add(event);
                failures.add(failure);
                failedKeys.add(event.key());
            } else if (!failedKeys.contains(event.key())) {
                published.add(event);
            }
        }
        return new Settled(published, failed, failures, events.size() > failed.size());
    }

    /** A settled round; {@code failed} and {@code failures} are parallel lists. */
    record Settled(List<PendingEvent> published, List<PendingEvent> failed, List<SendFailure> failures,
                   boolean anyAcknowledged) {

        /** The broker took none of the events for a reason that may pass: an outage, not the events' fault. */
        @Nullable Throwable outage() {
            return anyAcknowledged ? null : failures.stream().filter(SendFailure::retriable)
                    .map(SendFailure::cause).findFirst().orElse(null);
        }

        /** A failure of the event's own counts towards parking: refused for good, or failed while others passed. */
        boolean ownFailure(SendFailure failure) {
            return anyAcknowledged || !failure.retriable();
        }
    }
}
