package com.acme.crm.chassis.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/** Builds the platform's problem documents, so every refusal reads the same. */
public final class Problems {

    /** Base of the {@code type} URIs; each names a kind of refusal. */
    public static final String TYPE_BASE = "https://crm.acme.com/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** 503: the database cannot be reached; the client may try again after {@code retryAfterSeconds}. */
    public static ProblemDetail databaseUnavailable(long retryAfterSeconds) {
        ProblemDetail problem = of(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service unavailable", "The service cannot reach its database; nothing was changed. Try again in "
                        + retryAfterSeconds + " s");
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }

    public static ProblemDetail invalidFields(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        ProblemDetail problem = of(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
