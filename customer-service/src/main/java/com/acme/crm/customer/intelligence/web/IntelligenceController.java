package com.acme.crm.customer.intelligence.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.intelligence.IntelligenceCommands;
import com.acme.crm.customer.intelligence.IntelligenceQueries;
import com.acme.crm.customer.intelligence.IntelligenceQuery;
import com.acme.crm.customer.intelligence.IntelligenceReport;
import com.acme.crm.customer.intelligence.IntelligenceReportState;
import com.acme.crm.customer.intelligence.IntelligenceSource;
import com.acme.crm.customer.intelligence.Observation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import java.time.LocalDate;
import java.util.UUID;

/**
 * N-9: the sales team files competitor and market reports; the product departments' readers (a director, the
 * general manager, a department's system with scope {@code intelligence.read}) list their queue and acknowledge.
 */
@Tag(name = "Market intelligence", description = "Competitor and market reports routed to the product departments (N-9)")
@RestController
@RequestMapping("/api/intelligence")
class IntelligenceController {

    /** The sales team, who file reports and read their own (a manager the team's). */
    static final String SALES_TEAM = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER','SALES_SUPPORT')";
    /** N-9: the product departments' readers. */
    static final String DEPARTMENT_READERS = "hasAnyRole('SALES_DIRECTOR','GENERAL_MANAGER') or hasAuthority('SCOPE_"
            + Scopes.INTELLIGENCE_READ + "')";

    private final IntelligenceCommands commands;
    private final IntelligenceQueries queries;
    private final CustomerProperties properties;

    IntelligenceController(IntelligenceCommands commands, IntelligenceQueries queries, CustomerProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.properties = properties;
    }

    @Operation(summary = "File a competitor or market report (N-9)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SALES_TEAM)
    Mono<ReportView> fileReport(@Valid @RequestBody ReportRequest request, CrmUser user) {
        return commands.file(request.toObservation(), user).map(ReportView::of);
    }

    @Operation(summary = "List market intelligence reports, one page at a time (N-9)")
    @GetMapping
    @PreAuthorize(SALES_TEAM + " or " + DEPARTMENT_READERS)
    Mono<PageResponse<ReportView>> searchReports(
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(required = false) @Nullable String competitor,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) IntelligenceReport.@Nullable Status status,
            @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
            CrmUser user) {
        PageRequest pageRequest = PageRequest.of(page, size, 20, properties.maxPageSize());
        return queries.search(new IntelligenceQuery(department, competitor, region, from, to, status), pageRequest, user)
                .map(found -> found.map(ReportView::of));
    }

    @Operation(summary = "Read one market intelligence report (N-9)")
    @GetMapping("/{id}")
    @PreAuthorize(SALES_TEAM + " or " + DEPARTMENT_READERS)
    Mono<ReportView> getReport(@PathVariable UUID id, CrmUser user) {
        return queries.get(id, user).map(ReportView::of);
    }

    @Operation(summary = "Acknowledge a market intelligence report with a note (N-9)")
    @PostMapping("/{id}/review")
    @PreAuthorize(DEPARTMENT_READERS)
    Mono<ReportView> reviewReport(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request, CrmUser user) {
        return commands.review(id, request.note(), user).map(ReportView::of);
    }

    record ReportRequest(@NotBlank @Size(max = 200) String competitor, @NotBlank @Size(max = 200) String product,
                         @Size(max = 100) @Nullable String productCategory,
                         @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Nullable BigDecimal price,
                         @Size(max = 2000) @Nullable String promotion, @NotBlank @Size(max = 100) String region,
                         @NotNull IntelligenceSource source, @NotNull LocalDate observedOn,
                         @Nullable UUID customerId, @Size(max = 4000) @Nullable String notes) {

        Observation toObservation() {
            return new Observation(competitor.strip(), product.strip(), blankToNull(productCategory), price,
                    blankToNull(promotion), region.strip(), source, observedOn, customerId, blankToNull(notes));
        }

        private static @Nullable String blankToNull(@Nullable String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    record ReviewRequest(@NotBlank @Size(max = 2000) String note) {
    }

    /** A report as the API shows it; the price is in {@code currency} (CNY). */
    record ReportView(UUID id, String filedBy, @Nullable String team, String department, String competitor,
                      String product, @Nullable String productCategory, @Nullable BigDecimal price, String currency,
                      @Nullable String promotion, String region, IntelligenceSource source, LocalDate observedOn,
                      @Nullable UUID customerId, @Nullable String notes, IntelligenceReport.Status status,
                      Instant filedAt, @Nullable String reviewedBy, @Nullable Instant reviewedAt,
                      @Nullable String reviewNote) {

        static ReportView of(IntelligenceReportState r) {
            Observation o = r.observation();
            return new ReportView(r.id(), r.filedBy(), r.team(), r.department(), o.competitor(), o.product(),
                    o.productCategory(), o.price(), r.currency(), o.promotion(), o.region(), o.source(),
                    o.observedOn(), o.customerId(), o.notes(), r.status(), r.filedAt(), r.reviewedBy(),
                    r.reviewedAt(), r.reviewNote());
        }
    }
}
