package com.acme.crm.customer.overview.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.customer.customer.CustomerAccess;
import com.acme.crm.customer.customer.web.Callers;
import com.acme.crm.customer.customer.web.CustomerViews;
import com.acme.crm.customer.overview.CustomerOverview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.UUID;

/** The customer 360 view: profile, people, tier history, recent visits, open tasks. */
@Tag(name = "Customers", description = "Register, read and work customers")
@RestController
class OverviewController {

    private final CustomerOverview overview;

    OverviewController(CustomerOverview overview) {
        this.overview = overview;
    }

    @Operation(summary = "Read a customer's 360 view")
    @GetMapping("/api/customers/{id}/360")
    @PreAuthorize(Callers.READERS)
    Mono<Map<String, Object>> view360(@PathVariable UUID id, CrmUser user) {
        boolean masked = !CustomerAccess.seesContactData(user);
        return overview.view360(id, user).flatMap(view -> overview.audited(view.customer(), user).thenReturn(Map.of(
                "customer", CustomerViews.of(view.customer(), view.contacts(), masked),
                "tierHistory", view.tierHistory(),
                "recentVisits", view.recentVisits(),
                "openTasks", view.openTasks())));
    }
}
