package com.acme.crm.order.inquiry.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.order.inquiry.Inquiry;
import com.acme.crm.order.inquiry.InquiryDesk;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/** O-16: sales support (and the sales team) records inquiries; the owning rep sees those routed to them. */
@Tag(name = "Inquiries", description = "Inquiries taken by sales support, routed to the owning rep (O-16)")
@RestController
@RequestMapping("/api/inquiries")
@PreAuthorize("hasAnyRole('SALES_SUPPORT','SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
        + "'GENERAL_MANAGER')")
class InquiryController {

    private final InquiryDesk desk;

    InquiryController(InquiryDesk desk) {
        this.desk = desk;
    }

    @Operation(summary = "Record an inquiry for a customer, routed to its owning rep")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Inquiry> take(@Valid @RequestBody InquiryRequest request, CrmUser user) {
        return desk.take(request.customerId(), request.subject(), request.notes(), user);
    }

    @Operation(summary = "List the latest inquiries in the caller's data scope")
    @GetMapping
    Mono<List<Inquiry>> latest(CrmUser user) {
        return desk.latest(user, 100);
    }

    record InquiryRequest(@NotNull UUID customerId, @NotBlank @Size(max = 200) String subject,
                          @Size(max = 4000) @Nullable String notes) {
    }
}
