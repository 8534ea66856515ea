package com.acme.crm.chassis.it;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.events.lead.LeadCaptured;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/** A command that changes state and publishes an event, the way every service command does. */
@RestController
class ProbeController {

    /** Set by a test to hold the next slow note open until the test completes it. */
    static final AtomicReference<CompletableFuture<Void>> HOLD = new AtomicReference<>();

    private final DatabaseClient db;
    private final Outbox outbox;
    private final TransactionalOperator transactions;
    private final Clock clock;

    ProbeController(DatabaseClient db, Outbox outbox, TransactionalOperator transactions, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    @PostMapping("/api/probe/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SALES_REP','SALES_MANAGER')")
    Mono<Note> create(@Valid @RequestBody NewNote request, CrmUser user) {
        UUID id = UUID.randomUUID();
        LeadCaptured event = new LeadCaptured(id, "WEBSITE", null, user.id(), String.valueOf(user.team()), null,
                clock.instant(), clock.instant().plusSeconds(3600), null, List.of());
        Mono<Note> command = db.sql("insert into probe_note (id, text) values (:id, :text)")
                .bind("id", id).bind("text", request.text()).then()
                .then(outbox.append(event))
                .then(Mono.defer(() -> switch (request.text()) {
                    case "explode" -> Mono.error(new IllegalStateException("failure after the outbox write"));
                    case "refuse" -> Mono.error(new BusinessRuleViolation("P-1", "refused after the outbox write"));
                    default -> Mono.just(new Note(id, request.text()));
                }));
        Mono<Note> created = transactions.transactional(command);
        // Refused after the command's own transaction completed: only an outer transaction can undo its writes.
        return "then-refuse".equals(request.text())
                ? created.then(Mono.error(new BusinessRuleViolation("P-2", "refused after the command's transaction")))
                : created;
    }

    /**
     * Like {@link #create}, but the first call after a test sets {@link #HOLD} waits inside its transaction until the
     * test completes that future: a request that is still running.
     */
    @PostMapping("/api/probe/slow-notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SALES_REP','SALES_MANAGER')")
    Mono<Note> createSlowly(@Valid @RequestBody NewNote request) {
        UUID id = UUID.randomUUID();
        CompletableFuture<Void> hold = HOLD.getAndSet(null);
        return transactions.transactional(db.sql("insert into probe_note (id, text) values (:id, :text)")
                .bind("id", id).bind("text", request.text()).then()
                .then(hold == null ? Mono.empty() : Mono.fromFuture(hold))
                .then(Mono.fromSupplier(() -> new Note(id, request.text()))));
    }

    /** A command without a body or an answer (204); each run leaves one 'deleted' tombstone to count its effects. */
    @DeleteMapping("/api/probe/notes/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('SALES_REP','SALES_MANAGER')")
    Mono<Void> delete(@PathVariable UUID id) {
        return transactions.transactional(db.sql("delete from probe_note where id = :id").bind("id", id).then()
                .then(db.sql("insert into probe_note (id, text) values (:tombstone, 'deleted')")
                        .bind("tombstone", UUID.randomUUID()).then()));
    }

    @GetMapping("/api/probe/whoami")
    CrmUser whoami(CrmUser user) {
        return user;
    }

    record NewNote(@NotBlank @Size(max = 20) String text) {
    }

    record Note(UUID id, String text) {
    }
}
