package com.acme.crm.chassis.webslicefixture;

import com.acme.crm.chassis.security.CrmUser;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.UUID;

/** Reads and writes notes the way a service's controller does: role or scope checks, validation, the caller. */
@RestController
class NotesController {

    private final Notes notes;

    NotesController(Notes notes) {
        this.notes = notes;
    }

    @GetMapping("/api/notes/{id}")
    @PreAuthorize("hasAnyRole('SALES_REP','SALES_MANAGER') or hasAuthority('SCOPE_leads.read')")
    Mono<Map<String, String>> read(@PathVariable UUID id, CrmUser user) {
        return notes.read(id).map(text -> Map.of("text", text, "reader", user.id()));
    }

    @PostMapping("/api/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SALES_REP','SALES_MANAGER')")
    Mono<Map<String, String>> write(@Valid @RequestBody NewNote request, CrmUser user) {
        return notes.write(request.text(), user.id()).map(id -> Map.of("id", id));
    }

    record NewNote(@NotBlank @Size(max = 20) String text) {
    }
}
