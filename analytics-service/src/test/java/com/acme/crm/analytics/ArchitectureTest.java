package com.acme.crm.analytics;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The funnel logic does not know Kafka, HTTP or SQL; adapters depend on it, never the other way round. */
@AnalyzeClasses(packages = "com.acme.crm.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoInfrastructure = noClasses()
            .that().resideInAPackage("com.acme.crm.analytics.funnel")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.kafka..", "org.springframework.kafka..", "org.springframework.messaging..",
                    "io.r2dbc..", "org.springframework.r2dbc..", "org.springframework.web..",
                    "org.springframework.http..", "com.acme.crm.events..");

    @ArchTest
    static final ArchRule domainDoesNotDependOnItsAdapters = noClasses()
            .that().resideInAPackage("com.acme.crm.analytics.funnel")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.acme.crm.analytics.funnel.web..", "com.acme.crm.analytics.funnel.persistence..",
                    "com.acme.crm.analytics.funnel.messaging..");
}
