package com.acme.crm.order.quote.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.OrderProperties;
import com.acme.crm.order.quote.MilestoneKind;
import com.acme.crm.order.quote.PaymentTerms;
import com.acme.crm.order.quote.QuoteDesk;
import com.acme.crm.order.quote.QuoteState;
import com.acme.crm.order.quote.ValuePackage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import java.util.UUID;

/**
 * Quotes (O-2, B-2) in the caller's data scope. Sales support is let through to the commands only to be refused
 * naming O-16 (it records inquiries instead); approvers are checked by the quote itself (403 naming O-2).
 */
@Tag(name = "Quotes", description = "Quotes, their approval by discount and payment terms, versions and signature")
@RestController
@RequestMapping("/api/quotes")
@PreAuthorize(QuoteController.SALES)
class QuoteController {

    static final String SALES = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER','SALES_SUPPORT')";

    private final QuoteDesk desk;
    private final OrderProperties properties;

    QuoteController(QuoteDesk desk, OrderProperties properties) {
        this.desk = desk;
        this.properties = properties;
    }

    /** O-2: the value package, then the price; the approval the quote needs is in the answer. */
    @Operation(summary = "Issue a quote for a confirmed requirement")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<QuoteState> issue(@Valid @RequestBody IssueRequest request, CrmUser user) {
        return desk.issue(request.requirementId(), request.offer().toOffer(), user);
    }

    /** B-2: a new version that supersedes this one; any approval must be given again. */
    @Operation(summary = "Revise a quote into a new version")
    @PostMapping("/{id}/revisions")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<QuoteState> revise(@PathVariable UUID id, @Valid @RequestBody OfferBody request, CrmUser user) {
        return desk.revise(id, request.toOffer(), user);
    }

    @Operation(summary = "Ask the approver the discount and payment terms need")
    @PostMapping("/{id}/approval-requests")
    Mono<QuoteState> requestApproval(@PathVariable UUID id, CrmUser user) {
        return desk.requestApproval(id, user);
    }

    @Operation(summary = "Approve or reject a quote (its approver only)")
    @PostMapping("/{id}/decision")
    Mono<QuoteState> decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request, CrmUser user) {
        return desk.decide(id, request.decision() == Decision.APPROVE, request.comment(), user);
    }

    /** O-2: refused naming O-2, changing nothing, while an approval is missing. */
    @Operation(summary = "Record the customer's signature of an approved quote")
    @PostMapping("/{id}/signature")
    Mono<QuoteState> sign(@PathVariable UUID id, CrmUser user) {
        return desk.sign(id, user);
    }

    @Operation(summary = "Read one quote version")
    @GetMapping("/{id}")
    Mono<QuoteState> get(@PathVariable UUID id, CrmUser user) {
        return desk.get(id, user);
    }

    @Operation(summary = "List quote versions in the caller's data scope, newest first")
    @GetMapping
    Mono<PageResponse<QuoteState>> list(@RequestParam(required = false) @Nullable Integer page,
                                        @RequestParam(required = false) @Nullable Integer size, CrmUser user) {
        return desk.list(user, PageRequest.of(page, size, 50, properties.maxPageSize()));
    }

    enum Decision { APPROVE, REJECT }

    record IssueRequest(@NotNull UUID requirementId, @NotNull @Valid OfferBody offer) {
    }

    record OfferBody(@NotNull @Valid ValuePackageBody valuePackage,
                     @NotEmpty @Size(max = 100) List<@Valid @NotNull LineBody> lines,
                     @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                     BigDecimal overallDiscountPercent,
                     @Size(min = 1, max = 3) @Nullable List<@Valid @NotNull MilestoneBody> paymentTerms) {

        QuoteDesk.OfferRequest toOffer() {
            return new QuoteDesk.OfferRequest(
                    new ValuePackage(valuePackage.warrantyMonths(), valuePackage.training(),
                            valuePackage.services() == null ? List.of() : valuePackage.services()),
                    lines.stream().map(l -> new QuoteDesk.OfferLine(l.productId(), l.quantity(), l.discountPercent()))
                            .toList(),
                    overallDiscountPercent,
                    paymentTerms == null ? null : paymentTerms.stream()
                            .map(m -> new PaymentTerms.Milestone(m.kind(), m.percent())).toList());
        }
    }

    record ValuePackageBody(@Min(0) @Max(120) int warrantyMonths, @Size(max = 2000) @Nullable String training,
                            @Size(max = 20) @Nullable List<@NotBlank @Size(max = 500) String> services) {
    }

    record LineBody(@NotNull UUID productId, @Min(1) @Max(1_000_000) int quantity,
                    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                    BigDecimal discountPercent) {
    }

    record MilestoneBody(@NotNull MilestoneKind kind,
                         @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100")
                         @Digits(integer = 3, fraction = 2) BigDecimal percent) {
    }

    record DecisionRequest(@NotNull Decision decision, @NotBlank @Size(max = 2000) String comment) {
    }
}
