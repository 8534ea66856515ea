package com.acme.crm.order.tender.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.OrderProperties;
import com.acme.crm.order.tender.Bid;
import com.acme.crm.order.tender.BidDecision;
import com.acme.crm.order.tender.BiddingTeamMember;
import com.acme.crm.order.tender.Outcome;
import com.acme.crm.order.tender.TenderDesk;
import com.acme.crm.order.tender.TenderState;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Tenders (O-8, O-11) in the caller's data scope. The sales roles reach every step; the tender itself checks that the
 * step is the next one (422 naming O-11) and that the caller's role is the one the rule names (403 naming O-8/O-11).
 */
@Tag(name = "Tenders", description = "Tenders: bid decision, draft, review, general manager's signature, outcome")
@RestController
@RequestMapping("/api/tenders")
@PreAuthorize(TenderController.SALES)
class TenderController {

    static final String SALES = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER')";

    private final TenderDesk desk;
    private final OrderProperties properties;

    TenderController(TenderDesk desk, OrderProperties properties) {
        this.desk = desk;
        this.properties = properties;
    }

    /** O-8: reported to the team's manager, who decides whether to bid. */
    @Operation(summary = "Report a customer's tender to the manager")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<TenderState> report(@Valid @RequestBody ReportRequest request, CrmUser user) {
        return desk.report(request.customerId(), request.title(), request.submissionDeadline(),
                request.estimatedValue(), user);
    }

    @Operation(summary = "Decide to bid or not (the team's sales manager only)")
    @PostMapping("/{id}/bid-decision")
    Mono<TenderState> decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request, CrmUser user) {
        return desk.decide(id, request.decision(), user);
    }

    @Operation(summary = "Draft the bid (the rep, after the decision to bid)")
    @PostMapping("/{id}/bid")
    Mono<TenderState> draft(@PathVariable UUID id, @Valid @RequestBody BidRequest request, CrmUser user) {
        return desk.draftBid(id, new Bid(request.summary(), request.value()), user);
    }

    @Operation(summary = "Approve the drafted bid or send it back (the sales manager)")
    @PostMapping("/{id}/bid-review")
    Mono<TenderState> review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request, CrmUser user) {
        return desk.reviewBid(id, request.decision() == Review.APPROVE, request.comment(), user);
    }

    @Operation(summary = "Sign the approved bid and name the on-site bidding team (the general manager)")
    @PostMapping("/{id}/bid-signature")
    Mono<TenderState> sign(@PathVariable UUID id, @Valid @RequestBody SignatureRequest request, CrmUser user) {
        return desk.signBid(id, request.biddingTeam().stream()
                .map(m -> new BiddingTeamMember(m.memberId(), m.role())).toList(), user);
    }

    @Operation(summary = "Mark the signed bid submitted (the rep)")
    @PostMapping("/{id}/submission")
    Mono<TenderState> submit(@PathVariable UUID id, CrmUser user) {
        return desk.submit(id, user);
    }

    @Operation(summary = "Record the outcome of the submitted bid: won, or lost with the competitor where known")
    @PostMapping("/{id}/outcome")
    Mono<TenderState> outcome(@PathVariable UUID id, @Valid @RequestBody OutcomeRequest request, CrmUser user) {
        return desk.recordOutcome(id, request.outcome(), request.competitor(), request.competitorPrice(), user);
    }

    @Operation(summary = "Record the quote a won tender leads to")
    @PostMapping("/{id}/quote")
    Mono<TenderState> quote(@PathVariable UUID id, @Valid @RequestBody QuoteLinkRequest request, CrmUser user) {
        return desk.linkQuote(id, request.quoteId(), user);
    }

    @Operation(summary = "Read one tender")
    @GetMapping("/{id}")
    Mono<TenderState> get(@PathVariable UUID id, CrmUser user) {
        return desk.get(id, user);
    }

    @Operation(summary = "List tenders in the caller's data scope, newest first")
    @GetMapping
    Mono<PageResponse<TenderState>> list(@RequestParam(required = false) @Nullable Integer page,
                                         @RequestParam(required = false) @Nullable Integer size, CrmUser user) {
        return desk.list(user, PageRequest.of(page, size, 50, properties.maxPageSize()));
    }

    enum Review { APPROVE, SEND_BACK }

    record ReportRequest(@NotNull UUID customerId, @NotBlank @Size(max = 300) String title,
                         @NotNull Instant submissionDeadline,
                         @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal estimatedValue) {
    }

    record DecisionRequest(@NotNull BidDecision decision) {
    }

    record BidRequest(@NotBlank @Size(max = 4000) String summary,
                      @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal value) {
    }

    record ReviewRequest(@NotNull Review decision, @NotBlank @Size(max = 2000) String comment) {
    }

    record SignatureRequest(@NotEmpty @Size(max = 20) List<@Valid @NotNull MemberBody> biddingTeam) {
    }

    record MemberBody(@NotBlank @Size(max = 100) String memberId, @NotBlank @Size(max = 100) String role) {
    }

    record OutcomeRequest(@NotNull Outcome outcome, @Size(min = 1, max = 200) @Nullable String competitor,
                          @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Nullable BigDecimal competitorPrice) {
    }

    record QuoteLinkRequest(@NotNull UUID quoteId) {
    }
}
