package com.acme.crm.lead.lead.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.FieldError;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.lead.lead.LeadCapture;
import com.acme.crm.lead.lead.LeadProperties;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Imports a trade-show list in one request: a JSON array of capture requests, or CSV with a header row. Each row
 * is captured on its own (one bad row never loses the good ones) and answered with its own outcome.
 */
@RestController
class LeadImportController {

    private final LeadCapture capture;
    private final Validator validator;
    private final JsonMapper json;
    private final LeadProperties properties;

    LeadImportController(LeadCapture capture, Validator validator, JsonMapper json, LeadProperties properties) {
        this.capture = capture;
        this.validator = validator;
        this.json = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.properties = properties;
    }

    @PostMapping(path = "/api/leads/imports", consumes = "application/json")
    @PreAuthorize(LeadController.CAPTURERS)
    Mono<ImportReport> importJson(@RequestBody JsonNode rows, CrmUser user) {
        if (!rows.isArray()) {
            throw new InvalidFieldException("body", "must be a JSON array of leads");
        }
        return run(rows.values().stream().toList(), user);
    }

    @PostMapping(path = "/api/leads/imports", consumes = "text/csv")
    @PreAuthorize(LeadController.CAPTURERS)
    Mono<ImportReport> importCsv(@RequestBody String csv, CrmUser user) {
        return run(LeadCsv.parse(csv, json), user);
    }

    private Mono<ImportReport> run(List<JsonNode> rows, CrmUser user) {
        if (rows.size() > properties.maxImportRows()) {
            throw new InvalidFieldException("rows", "at most " + properties.maxImportRows() + " leads per import");
        }
        return Flux.range(0, rows.size())
                .concatMap(index -> importRow(index + 1, rows.get(index), user))
                .collectList()
                .map(ImportReport::of);
    }

    private Mono<RowResult> importRow(int row, JsonNode node, CrmUser user) {
        CaptureLeadRequest request;
        try {
            request = json.treeToValue(node, CaptureLeadRequest.class);
        } catch (RuntimeException e) {
            return Mono.just(RowResult.rejected(row, List.of(new FieldError(fieldOf(e), "has an unreadable value"))));
        }
        Set<ConstraintViolation<CaptureLeadRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return Mono.just(RowResult.rejected(row, violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field)).toList()));
        }
        return capture.capture(request.toCommand(), user)
                .map(result -> new RowResult(row, result.outcome().name(), result.lead().id(), List.of()))
                .onErrorResume(e -> Mono.just(RowResult.rejected(row, List.of(new FieldError("row", reason(e))))));
    }

    private static String reason(Throwable e) {
        if (e instanceof com.acme.crm.chassis.rules.BusinessRuleViolation rule) {
            return "rule " + rule.rule() + ": " + rule.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String fieldOf(RuntimeException e) {
        if (e instanceof tools.jackson.databind.DatabindException databind && !databind.getPath().isEmpty()) {
            String name = databind.getPath().get(0).getPropertyName();
            return name == null ? "row" : name;
        }
        return "row";
    }

    /** One row's outcome: CREATED, MERGED (L-3) or REJECTED with its field errors. */
    record RowResult(int row, String outcome, @Nullable UUID leadId, List<FieldError> errors) {

        static RowResult rejected(int row, List<FieldError> errors) {
            return new RowResult(row, "REJECTED", null, errors);
        }
    }

    /** The whole import: counts, then every row. */
    record ImportReport(int total, long created, long merged, long rejected, List<RowResult> rows) {

        static ImportReport of(List<RowResult> rows) {
            return new ImportReport(rows.size(), count(rows, "CREATED"), count(rows, "MERGED"),
                    count(rows, "REJECTED"), rows);
        }

        private static long count(List<RowResult> rows, String outcome) {
            return rows.stream().filter(row -> row.outcome().equals(outcome)).count();
        }
    }
}
