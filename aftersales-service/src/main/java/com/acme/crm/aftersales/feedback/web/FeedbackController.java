package com.acme.crm.aftersales.feedback.web;

import com.acme.crm.aftersales.feedback.FeedbackClass;
import com.acme.crm.aftersales.feedback.FeedbackDesk;
import com.acme.crm.aftersales.feedback.FeedbackQueue;
import com.acme.crm.aftersales.feedback.FeedbackState;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

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
 * Customer feedback in the caller's scope: received with its class (unknown class → 400 naming
 * {@code classification}), routed to its queue, and closed with a task for the customer's owner when the improvement
 * ships (a second shipment → 422 naming A-3).
 */
@Tag(name = "Feedback", description = "Customer feedback: classified, routed to a queue, closed loop when shipped")
@RestController
@RequestMapping("/api/feedback")
@PreAuthorize(FeedbackController.AFTERSALES)
class FeedbackController {

    static final String AFTERSALES = "hasAnyRole('SERVICE_AGENT','SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER',"
            + "'SALES_DIRECTOR','GENERAL_MANAGER','SALES_SUPPORT')";

    private final FeedbackDesk desk;

    FeedbackController(FeedbackDesk desk) {
        this.desk = desk;
    }

    @Operation(summary = "Record a customer's feedback; it is routed to the queue of its class (A-3)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<FeedbackState> receive(@Valid @RequestBody FeedbackRequest request, CrmUser user) {
        return desk.receive(request.customerId(), request.classification(), request.summary(), user);
    }

    @Operation(summary = "The improvement shipped: the customer's owner gets a task to tell the customer (A-3)")
    @PostMapping("/{id}/shipped")
    Mono<FeedbackState> shipped(@PathVariable UUID id, @Valid @RequestBody ShippedRequest request, CrmUser user) {
        return desk.shipImprovement(id, request.improvement(), user);
    }

    @Operation(summary = "The caller's closed-loop tasks: tell the customer the improvement shipped (A-3)")
    @GetMapping("/tasks")
    Mono<PageResponse<FeedbackState>> tasks(@RequestParam(required = false) @Nullable Integer page,
                                            @RequestParam(required = false) @Nullable Integer size, CrmUser user) {
        return desk.tasks(user, PageRequest.of(page, size, 50, 200));
    }

    @Operation(summary = "Read one piece of feedback")
    @GetMapping("/{id}")
    Mono<FeedbackState> get(@PathVariable UUID id, CrmUser user) {
        return desk.get(id, user);
    }

    @Operation(summary = "List feedback in the caller's scope, optionally one queue's, newest first")
    @GetMapping
    Mono<PageResponse<FeedbackState>> list(@RequestParam(required = false) @Nullable FeedbackQueue queue,
                                           @RequestParam(required = false) @Nullable Integer page,
                                           @RequestParam(required = false) @Nullable Integer size, CrmUser user) {
        return desk.list(queue, user, PageRequest.of(page, size, 50, 200));
    }

    record FeedbackRequest(@NotNull UUID customerId, @NotNull FeedbackClass classification,
                           @NotBlank @Size(max = 4000) String summary) {
    }

    record ShippedRequest(@NotBlank @Size(max = 2000) String improvement) {
    }
}
