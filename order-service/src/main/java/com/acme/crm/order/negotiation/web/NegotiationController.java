package com.acme.crm.order.negotiation.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.OrderProperties;
import com.acme.crm.order.negotiation.Negotiation;
import com.acme.crm.order.negotiation.NegotiationDesk;
import com.acme.crm.order.negotiation.NegotiationMember;
import com.acme.crm.order.negotiation.NegotiationState;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Negotiations about quotes about to be signed (O-12), in the caller's data scope. Only the sales manager records one
 * (403 naming O-12); while an issue stays open the quote's signature is refused naming O-12.
 */
@Tag(name = "Negotiations", description = "Negotiations before signing: topic, time, place, team, open issues")
@RestController
@RequestMapping("/api/negotiations")
@PreAuthorize(NegotiationController.SALES)
class NegotiationController {

    static final String SALES = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER')";

    private final NegotiationDesk desk;
    private final OrderProperties properties;

    NegotiationController(NegotiationDesk desk, OrderProperties properties) {
        this.desk = desk;
        this.properties = properties;
    }

    @Operation(summary = "Record a negotiation about a quote, with the issues it left open (the sales manager)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<NegotiationState> record(@Valid @RequestBody RecordRequest request, CrmUser user) {
        return desk.record(request.quoteId(), new Negotiation.Setting(request.topic(), request.heldAt(),
                        request.place(), request.members().stream()
                        .map(m -> new NegotiationMember(m.memberId(), m.role())).toList()),
                request.openIssues() == null ? List.of() : request.openIssues(), user);
    }

    @Operation(summary = "Raise a further open issue")
    @PostMapping("/{id}/issues")
    Mono<NegotiationState> raise(@PathVariable UUID id, @Valid @RequestBody IssueRequest request, CrmUser user) {
        return desk.raise(id, request.text(), user);
    }

    /** O-12: a deviation from the quote names the revision that carries it (B-2 approves it again). */
    @Operation(summary = "Resolve an open issue, as agreed or by a revision of the negotiated quote")
    @PostMapping("/{id}/issues/{number}/resolution")
    Mono<NegotiationState> resolve(@PathVariable UUID id, @PathVariable int number,
                                   @Valid @RequestBody ResolutionRequest request, CrmUser user) {
        return desk.resolve(id, number, request.resolution(), request.revisedQuoteId(), user);
    }

    @Operation(summary = "Read one negotiation")
    @GetMapping("/{id}")
    Mono<NegotiationState> get(@PathVariable UUID id, CrmUser user) {
        return desk.get(id, user);
    }

    @Operation(summary = "List negotiations in the caller's data scope, newest first")
    @GetMapping
    Mono<PageResponse<NegotiationState>> list(@RequestParam(required = false) @Nullable Integer page,
                                              @RequestParam(required = false) @Nullable Integer size, CrmUser user) {
        return desk.list(user, PageRequest.of(page, size, 50, properties.maxPageSize()));
    }

    record RecordRequest(@NotNull UUID quoteId, @NotBlank @Size(max = 300) String topic, @NotNull Instant heldAt,
                         @NotBlank @Size(max = 300) String place,
                         @NotEmpty @Size(max = 20) List<@Valid @NotNull MemberBody> members,
                         @Size(max = 50) @Nullable List<@NotBlank @Size(max = 2000) String> openIssues) {
    }

    record MemberBody(@NotBlank @Size(max = 100) String memberId, @NotBlank @Size(max = 100) String role) {
    }

    record IssueRequest(@NotBlank @Size(max = 2000) String text) {
    }

    record ResolutionRequest(@NotBlank @Size(max = 2000) String resolution, @Nullable UUID revisedQuoteId) {
    }
}
