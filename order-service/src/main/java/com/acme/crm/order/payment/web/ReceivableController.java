package com.acme.crm.order.payment.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.OrderProperties;
import com.acme.crm.order.order.OrderCommands;
import com.acme.crm.order.order.web.OrderAccess;
import com.acme.crm.order.payment.Receivable;
import com.acme.crm.order.payment.Receivables;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Receivables (O-7) and the daily collection list (O-10), within the caller's scope: a rep their own, a manager the
 * team's, directors, the general manager, support and finance all.
 */
@Tag(name = "Receivables", description = "Outstanding milestones and the daily collection list")
@RestController
class ReceivableController {

    private final Receivables receivables;
    private final Clock clock;
    private final OrderProperties properties;

    ReceivableController(Receivables receivables, Clock clock, OrderProperties properties) {
        this.receivables = receivables;
        this.clock = clock;
        this.properties = properties;
    }

    @Operation(summary = "List open receivables, or only the overdue ones, earliest due first")
    @GetMapping("/api/receivables")
    @PreAuthorize(OrderAccess.RECEIVABLE_READERS)
    Mono<PageResponse<Receivable>> list(@RequestParam(defaultValue = "false") boolean overdue,
                                        @RequestParam(required = false) @Nullable Integer page,
                                        @RequestParam(required = false) @Nullable Integer size, CrmUser user) {
        PageRequest request = PageRequest.of(page, size, 50, properties.maxPageSize());
        DataScope scope = OrderCommands.readScope(user);
        if (scope.isNone()) {
            return Mono.just(PageResponse.of(List.of(), request, 0));
        }
        return receivables.list(scope, overdue, clock.instant(), request);
    }

    /** O-10: every receivable overdue by the end of {@code date} (today by default), each assigned to its owner. */
    @Operation(summary = "The collection list of a day: overdue receivables by owning rep")
    @GetMapping("/api/collections")
    @PreAuthorize(OrderAccess.RECEIVABLE_READERS)
    Mono<PageResponse<Receivable>> collections(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size, CrmUser user) {
        PageRequest request = PageRequest.of(page, size, 50, properties.maxPageSize());
        DataScope scope = OrderCommands.readScope(user);
        if (scope.isNone()) {
            return Mono.just(PageResponse.of(List.of(), request, 0));
        }
        ZoneId zone = properties.orders().businessZone();
        LocalDate day = date == null ? LocalDate.now(clock.withZone(zone)) : date;
        return receivables.collectionList(scope, day.plusDays(1).atStartOfDay(zone).toInstant(), request);
    }
}
