package com.acme.crm.order.rules.web;

import com.acme.crm.chassis.web.Problems;
import com.acme.crm.order.rules.ForbiddenByRule;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 403 application/problem+json with a {@code rule} member, read like the chassis' 422 rule problems. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForbiddenByRuleAdvice {

    @ExceptionHandler(ForbiddenByRule.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenByRule e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden by rule " + e.rule(),
                e.getMessage());
        problem.setProperty("rule", e.rule());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
