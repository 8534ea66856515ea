package com.acme.crm.aftersales.survey.web;

import com.acme.crm.aftersales.survey.NpsScore;
import com.acme.crm.aftersales.survey.SurveyDesk;
import com.acme.crm.aftersales.survey.SurveyState;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/**
 * Satisfaction surveys and NPS in the caller's scope: the answer (satisfaction 1–5, NPS 0–10; out of range →
 * 400 naming the field, a second answer → 422 naming A-4) and the NPS of a period and team.
 */
@Tag(name = "Surveys", description = "Satisfaction surveys after acceptance and each quarter; NPS")
@RestController
@RequestMapping("/api/surveys")
@PreAuthorize(SurveyController.AFTERSALES)
class SurveyController {

    static final String AFTERSALES = "hasAnyRole('SERVICE_AGENT','SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER',"
            + "'SALES_DIRECTOR','GENERAL_MANAGER','SALES_SUPPORT')";

    private final SurveyDesk desk;

    SurveyController(SurveyDesk desk) {
        this.desk = desk;
    }

    @Operation(summary = "Record the customer's answer: satisfaction 1–5 and NPS 0–10, once (A-4)")
    @PostMapping("/{id}/responses")
    Mono<SurveyState> respond(@PathVariable UUID id, @Valid @RequestBody ResponseRequest request, CrmUser user) {
        return desk.answer(id, request.satisfaction(), request.nps(), user);
    }

    @Operation(summary = "List surveys in the caller's scope (answered=false: still open), newest first")
    @GetMapping
    Mono<PageResponse<SurveyState>> list(@RequestParam(required = false) @Nullable Boolean answered,
                                         @RequestParam(required = false) @Nullable Integer page,
                                         @RequestParam(required = false) @Nullable Integer size, CrmUser user) {
        return desk.list(answered, user, PageRequest.of(page, size, 50, 200));
    }

    @Operation(summary = "Read one survey")
    @GetMapping("/{id}")
    Mono<SurveyState> get(@PathVariable UUID id, CrmUser user) {
        return desk.get(id, user);
    }

    @Operation(summary = "NPS of the answers in [from, to), of one team or all the caller sees: %promoters − %detractors")
    @GetMapping("/nps")
    Mono<NpsScore> nps(@RequestParam Instant from, @RequestParam Instant to,
                       @RequestParam(required = false) @Nullable String team, CrmUser user) {
        return desk.nps(from, to, team, user);
    }

    record ResponseRequest(@NotNull @Min(1) @Max(5) Integer satisfaction, @NotNull @Min(0) @Max(10) Integer nps) {
    }
}
