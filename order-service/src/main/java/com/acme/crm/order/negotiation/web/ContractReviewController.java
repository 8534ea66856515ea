package com.acme.crm.order.negotiation.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.OrderProperties;
import com.acme.crm.order.negotiation.ContractReview;
import com.acme.crm.order.negotiation.ContractReviewDesk;
import com.acme.crm.order.negotiation.ContractReviewState;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

import java.util.UUID;

/**
 * Contract reviews (O-13) of quotes in the caller's data scope: special clauses or the customer's own contract text
 * are approved by the sales manager, then the general manager (403 naming O-13 for anyone else); until then the
 * quote's signature is refused naming O-13. The signed contract's document is archived the same day; the manager
 * lists those the end-of-day check found unarchived with {@code ?archiveOverdue=true}.
 */
@Tag(name = "Contract reviews", description = "Special clauses and customer contract text: approvals and archive")
@RestController
@RequestMapping("/api/contract-reviews")
@PreAuthorize(NegotiationController.SALES)
class ContractReviewController {

    private final ContractReviewDesk desk;
    private final OrderProperties properties;

    ContractReviewController(ContractReviewDesk desk, OrderProperties properties) {
        this.desk = desk;
        this.properties = properties;
    }

    @Operation(summary = "Record the contract review of a quote (special clauses, customer text, document reference)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ContractReviewState> record(@Valid @RequestBody RecordRequest request, CrmUser user) {
        return desk.record(request.quoteId(), request.terms().toTerms(), user);
    }

    @Operation(summary = "Amend the clauses or text; both approvals start again")
    @PostMapping("/{id}/amendment")
    Mono<ContractReviewState> amend(@PathVariable UUID id, @Valid @RequestBody TermsBody request, CrmUser user) {
        return desk.amend(id, request.toTerms(), user);
    }

    @Operation(summary = "Approve or reject (the sales manager, then the general manager)")
    @PostMapping("/{id}/decision")
    Mono<ContractReviewState> decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request,
                                     CrmUser user) {
        return desk.decide(id, request.decision() == Decision.APPROVE, request.comment(), user);
    }

    @Operation(summary = "Archive the signed contract's document")
    @PostMapping("/{id}/archive")
    Mono<ContractReviewState> archive(@PathVariable UUID id, @Valid @RequestBody ArchiveRequest request,
                                      CrmUser user) {
        return desk.archive(id, request.documentReference(), user);
    }

    @Operation(summary = "Read one contract review")
    @GetMapping("/{id}")
    Mono<ContractReviewState> get(@PathVariable UUID id, CrmUser user) {
        return desk.get(id, user);
    }

    @Operation(summary = "List contract reviews; archiveOverdue=true: signed contracts not archived by the end of "
            + "their signature's business day (O-13), oldest first")
    @GetMapping
    Mono<PageResponse<ContractReviewState>> list(@RequestParam(required = false) @Nullable Boolean archiveOverdue,
                                                 @RequestParam(required = false) @Nullable Integer page,
                                                 @RequestParam(required = false) @Nullable Integer size,
                                                 CrmUser user) {
        return desk.list(user, Boolean.TRUE.equals(archiveOverdue),
                PageRequest.of(page, size, 50, properties.maxPageSize()));
    }

    enum Decision { APPROVE, REJECT }

    record RecordRequest(@NotNull UUID quoteId, @NotNull @Valid TermsBody terms) {
    }

    record TermsBody(@Size(min = 1, max = 20000) @Nullable String specialClauses,
                     @Size(min = 1, max = 200000) @Nullable String customerContractText,
                     @Size(min = 1, max = 500) @Nullable String documentReference) {

        ContractReview.Terms toTerms() {
            return new ContractReview.Terms(specialClauses, customerContractText, documentReference);
        }
    }

    record DecisionRequest(@NotNull Decision decision, @NotBlank @Size(max = 2000) String comment) {
    }

    record ArchiveRequest(@NotBlank @Size(max = 500) String documentReference) {
    }
}
