package com.acme.crm.lead.importing.web;

import com.acme.crm.lead.LeadAccess;
import com.acme.crm.lead.capture.web.CaptureLeadRequest;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.FieldError;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.lead.capture.CaptureLead;
import com.acme.crm.lead.capture.DuplicateLead;
import com.acme.crm.lead.importing.LeadBulkCapture;
import com.acme.crm.lead.LeadProperties;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Imports a trade-show list in one request: a JSON array of capture requests, or CSV with a header row. Each row
 * is validated on its own and answered with its own outcome (one bad row never loses the good ones); the valid
 * rows are captured in chunks ({@link LeadBulkCapture}).
 */
@Tag(name = "Leads", description = "Capture, read, work and import leads")
@RestController
class LeadImportController {

    private final LeadBulkCapture capture;
    private final Validator validator;
    private final JsonMapper json;
    private final LeadProperties properties;

    LeadImportController(LeadBulkCapture capture, Validator validator, JsonMapper json, LeadProperties properties) {
        this.capture = capture;
        this.validator = validator;
        this.json = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.properties = properties;
    }

    @Operation(summary = "Import a list of leads (JSON array or CSV)")
    @PostMapping(path = "/api/leads/imports", consumes = "application/json")
    @PreAuthorize(LeadAccess.CAPTURERS)
    Mono<ImportReport> importJson(@RequestBody JsonNode rows, CrmUser user) {
        if (!rows.isArray()) {
            throw new InvalidFieldException("body", "must be a JSON array of leads");
        }
        List<JsonNode> list = rows.values().stream().toList();
        requireAtMostMaxRows(list);
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                throw new InvalidFieldException("[" + i + "]", "must be a JSON object with the lead's fields");
            }
        }
        return run(list, user);
    }

    @Operation(summary = "Import a list of leads (JSON array or CSV)")
    @PostMapping(path = "/api/leads/imports", consumes = "text/csv")
    @PreAuthorize(LeadAccess.CAPTURERS)
    Mono<ImportReport> importCsv(@RequestBody String csv, CrmUser user) {
        return run(LeadCsv.parse(csv, json), user);
    }

    private void requireAtMostMaxRows(List<JsonNode> rows) {
        if (rows.size() > properties.maxImportRows()) {
            throw new InvalidFieldException("rows", "at most " + properties.maxImportRows() + " leads per import");
        }
    }

    private Mono<ImportReport> run(List<JsonNode> rows, CrmUser user) {
        requireAtMostMaxRows(rows);
        RowResult[] results = new RowResult[rows.size()];
        List<Integer> valid = new ArrayList<>();
        List<CaptureLead> commands = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<FieldError> errors = new ArrayList<>();
            CaptureLeadRequest request = read(rows.get(i), errors);
            if (errors.isEmpty()) {
                valid.add(i);
                commands.add(request.toCommand());
            } else {
                results[i] = RowResult.rejected(i + 1, errors);
            }
        }
        return capture.captureAll(commands, user).map(outcomes -> {
            for (int k = 0; k < outcomes.size(); k++) {
                int i = valid.get(k);
                results[i] = resultOf(i + 1, outcomes.get(k));
            }
            return ImportReport.of(Arrays.asList(results));
        });
    }

    /** L-3, B-3: a duplicate of a lead outside the caller's scope is reported without that lead's id. */
    private static RowResult resultOf(int row, LeadBulkCapture.Outcome outcome) {
        if (outcome.result() != null) {
            return new RowResult(row, outcome.result().outcome().name(), outcome.result().lead().id(), List.of());
        }
        List<FieldError> errors = List.of(new FieldError("row", reason(outcome.refused())));
        return outcome.refused() instanceof DuplicateLead ? new RowResult(row, "DUPLICATE", null, errors)
                : RowResult.rejected(row, errors);
    }

    /** The row as a capture request, or its field errors. */
    private CaptureLeadRequest read(JsonNode node, List<FieldError> errors) {
        CaptureLeadRequest request;
        try {
            request = json.treeToValue(node, CaptureLeadRequest.class);
        } catch (RuntimeException e) {
            errors.add(new FieldError(fieldOf(e), "has an unreadable value"));
            return null;
        }
        Set<ConstraintViolation<CaptureLeadRequest>> violations = validator.validate(request);
        violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .forEach(errors::add);
        return request;
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

    /**
     * One row's outcome: CREATED, MERGED (L-3), DUPLICATE (L-3: an open lead of another owner has this phone or
     * e-mail; no id) or REJECTED with its field errors.
     */
    record RowResult(int row, String outcome, @Nullable UUID leadId, List<FieldError> errors) {

        static RowResult rejected(int row, List<FieldError> errors) {
            return new RowResult(row, "REJECTED", null, errors);
        }
    }

    /** The whole import: counts, then every row. */
    record ImportReport(int total, long created, long merged, long duplicates, long rejected, List<RowResult> rows) {

        static ImportReport of(List<RowResult> rows) {
            return new ImportReport(rows.size(), count(rows, "CREATED"), count(rows, "MERGED"),
                    count(rows, "DUPLICATE"), count(rows, "REJECTED"), rows);
        }

        private static long count(List<RowResult> rows, String outcome) {
            return rows.stream().filter(row -> row.outcome().equals(outcome)).count();
        }
    }
}
