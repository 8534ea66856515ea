package com.acme.crm.chassis.it;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.events.lead.LeadCaptured;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A command that changes state and publishes an event, the way every service command does. */
@RestController
class ProbeController {

    private final DatabaseClient db;
    private final Outbox outbox;
    private final TransactionalOperator transactions;
    private final Clock clock;

    ProbeController(DatabaseClient db, Outbox outbox, ReactiveTransactionManager transactions, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.transactions = TransactionalOperator.create(transactions);
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
                .then(Mono.defer(() -> "explode".equals(request.text())
                        ? Mono.error(new IllegalStateException("failure after the outbox write"))
                        : Mono.just(new Note(id, request.text()))));
        return transactions.transactional(command);
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
