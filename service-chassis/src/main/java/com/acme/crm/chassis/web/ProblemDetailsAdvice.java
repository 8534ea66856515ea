package com.acme.crm.chassis.web;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.chassis.rules.ForbiddenByRule;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebInputException;

import tools.jackson.databind.DatabindException;

import java.util.Comparator;
import java.util.List;

/**
 * Turns every refusal into {@code application/problem+json}: field errors listed by name, domain rules by id.
 * Nothing here writes: refusals are raised before a service changes state. While the database is unreachable the
 * answer is 503 with {@code Retry-After} ({@code crm.outage.retry-after}), here for controllers and in
 * {@link DatabaseUnavailableHandler} for WebFilters and security.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // ahead of Boot's generic problem-details handler
@EnableConfigurationProperties(OutageProperties.class)
@Import(DatabaseUnavailableHandler.class)
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final OutageProperties outage;

    public ProblemDetailsAdvice(OutageProperties outage) {
        this.outage = outage;
    }

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<ProblemDetail> invalidBody(WebExchangeBindException e) {
        List<FieldError> errors = e.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (errors.isEmpty()) {
            errors = e.getGlobalErrors().stream()
                    .map(error -> new FieldError(error.getObjectName(), error.getDefaultMessage()))
                    .toList();
        }
        return respond(Problems.invalidFields(errors));
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e) {
        String field = fieldOf(e);
        String message = field == null ? "the request body or a parameter could not be read" : "has an unreadable value";
        if (field == null && e.getMethodParameter() != null && e.getMethodParameter().getParameterName() != null
                && !(e.getCause() instanceof DecodingException)) {
            field = e.getMethodParameter().getParameterName();
            message = "has an unreadable value";
        }
        return respond(Problems.invalidFields(List.of(new FieldError(field == null ? "body" : field, message))));
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidFieldException e) {
        return respond(Problems.invalidFields(List.of(new FieldError(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolated(BusinessRuleViolation e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", "Business rule " + e.rule(),
                e.getMessage());
        problem.setProperty("rule", e.rule());
        return respond(problem);
    }

    @ExceptionHandler(ForbiddenByRule.class)
    ResponseEntity<ProblemDetail> forbiddenByRule(ForbiddenByRule e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden by rule " + e.rule(),
                e.getMessage());
        problem.setProperty("rule", e.rule());
        return respond(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return respond(Problems.of(e.status(), "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        ProblemDetail problem = Problems.of(e.status(), "conflict", "Conflict", e.getMessage());
        if (e.rule() != null) {
            problem.setProperty("rule", e.rule());
        }
        return respond(problem);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException e) {
        log.info("Concurrent change refused: {}", e.getClass().getSimpleName());
        return respond(Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict",
                "The resource was changed by someone else; reload it and try again"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this operation"));
    }

    /** The database could not be reached (refused, closed, no pooled connection in time): 503, try again later. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class, R2dbcNonTransientResourceException.class,
            R2dbcTransientResourceException.class})
    ResponseEntity<ProblemDetail> databaseUnreachable(Exception e) {
        log.warn("Database unreachable, answered 503: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(outage.retryAfterSeconds()))
                .body(Problems.databaseUnavailable(outage.retryAfterSeconds()));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** The JSON path of the field Jackson could not read, e.g. {@code channel} or {@code items[2].price}. */
    private static String fieldOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                databind.getPath().forEach(reference -> {
                    if (reference.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                });
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }
}
