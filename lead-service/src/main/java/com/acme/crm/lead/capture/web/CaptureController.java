package com.acme.crm.lead.capture.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.Problems;
import com.acme.crm.lead.LeadAccess;
import com.acme.crm.lead.capture.CaptureResult;
import com.acme.crm.lead.capture.DuplicateLead;
import com.acme.crm.lead.capture.LeadCapture;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.web.LeadResponse;
import com.acme.crm.lead.lead.web.LeadViews;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Clock;

/** Captures one lead (L-1, L-2); a duplicate merges into the caller's open lead or is refused (L-3). */
@Tag(name = "Leads", description = "Capture, read, work and import leads")
@RestController
@RequestMapping("/api/leads")
class CaptureController {

    private final LeadCapture capture;
    private final LeadViews views;
    private final Clock clock;

    CaptureController(LeadCapture capture, LeadViews views, Clock clock) {
        this.capture = capture;
        this.views = views;
        this.clock = clock;
    }

    /**
     * 201 with the new lead; 200 when the capture merged into an open lead of the caller's scope with the same phone
     * or e-mail (L-3); 409 naming L-3, and nothing else, when that lead is someone else's ({@link DuplicateLead}).
     */
    @Operation(summary = "Capture a lead (L-3: a duplicate merges or is refused)")
    @PostMapping
    @PreAuthorize(LeadAccess.CAPTURERS)
    Mono<ResponseEntity<LeadResponse>> capture(@Valid @RequestBody CaptureLeadRequest request, CrmUser user) {
        return capture.capture(request.toCommand(), user).flatMap(result -> {
            Lead lead = result.lead();
            URI location = URI.create("/api/leads/" + lead.id());
            if (result.outcome() == CaptureResult.Outcome.CREATED) {
                return Mono.just(ResponseEntity.created(location)
                        .body(LeadResponse.of(lead, false, clock.instant(), outcome(result))));
            }
            return views.render(lead, user, outcome(result))
                    .map(body -> ResponseEntity.status(HttpStatus.OK).location(location).body(body));
        });
    }

    /** L-3, B-3: the caller learns that the prospect is taken, not by whom or under which lead. */
    @ExceptionHandler(DuplicateLead.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateLead e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "duplicate-lead", "Business rule " + e.rule(),
                e.getMessage());
        problem.setProperty("rule", e.rule());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static LeadResponse.Outcome outcome(CaptureResult result) {
        return LeadResponse.Outcome.valueOf(result.outcome().name());
    }
}
