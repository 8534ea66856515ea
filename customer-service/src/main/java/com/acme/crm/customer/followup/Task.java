package com.acme.crm.customer.followup;

import com.acme.crm.customer.customer.Customer;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A follow-up task of a customer's owner (C-2, C-5, C-6, C-9, C-3). {@code escalateAt} is stored when the task is
 * created: past it, the task escalates to the manager (C-2).
 */
public record Task(UUID id, UUID customerId, String ownerId, String team, TaskKind kind, Instant dueAt,
                   @Nullable Instant escalateAt, @Nullable Instant escalatedAt, Instant createdAt,
                   @Nullable Instant doneAt, @Nullable String note) {

    public static Task open(Customer customer, TaskKind kind, Instant dueAt, @Nullable Instant escalateAt,
                            Instant now, @Nullable String note) {
        return new Task(UUID.randomUUID(), customer.id(), customer.ownerId(), customer.team(), kind, dueAt, escalateAt,
                null, now, null, note);
    }
}
