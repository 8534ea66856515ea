package com.acme.crm.analytics.funnel.web;

import com.acme.crm.analytics.funnel.FunnelReport;
import com.acme.crm.analytics.funnel.FunnelService;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Scopes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Instant;

/** {@code GET /api/analytics/funnel?from=&to=}: the funnel of the leads captured in {@code [from, to)}. */
@Tag(name = "Funnel", description = "The sales funnel from lead to customer")
@RestController
class FunnelController {

    private final FunnelService funnel;

    FunnelController(FunnelService funnel) {
        this.funnel = funnel;
    }

    @Operation(summary = "Read the sales funnel of the leads captured in a period")
    @GetMapping("/api/analytics/funnel")
    @PreAuthorize("hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','GENERAL_MANAGER',"
            + "'SALES_SUPPORT') or hasAuthority('SCOPE_" + Scopes.ANALYTICS_READ + "')")
    Mono<FunnelReport> funnel(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            CrmUser user) {
        return funnel.report(from, to, user);
    }
}
