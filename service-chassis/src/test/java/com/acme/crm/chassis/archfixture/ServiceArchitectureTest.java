package com.acme.crm.chassis.archfixture;

import com.acme.crm.chassis.test.ServiceArchitecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared architecture rules pass on a clean service and fail on each kind of violation. */
class ServiceArchitectureTest {

    private static final String FIXTURES = "com.acme.crm.chassis.archfixture.";

    @Test
    void aServiceThatFollowsTheRulesPasses() {
        assertThat(evaluate("clean").hasViolation()).isFalse();
    }

    @Test
    void aDomainClassThatImportsSpringFails() {
        EvaluationResult result = evaluate("springindomain");

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("springindomain.orders.Order")
                        .contains("org.springframework.util.Assert"));
    }

    @Test
    void aFeatureReachingIntoAnotherFeaturesPersistenceFails() {
        EvaluationResult result = evaluate("reachin");

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("reachin.billing.web.InvoiceView")
                        .contains("reachin.orders.persistence.OrderRows"));
    }

    @Test
    void aPackageWithMoreThanFifteenTypesFails() {
        EvaluationResult result = evaluate("crowded");

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("crowded.orders holds 16 top-level types"));
    }

    private static EvaluationResult evaluate(String service) {
        String base = FIXTURES + service;
        return ServiceArchitecture.rules(base).evaluate(new ClassFileImporter().importPackages(base));
    }
}
