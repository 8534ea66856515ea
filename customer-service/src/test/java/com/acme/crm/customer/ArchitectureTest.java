package com.acme.crm.customer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain does not know Kafka, HTTP or SQL; adapters depend on the domain, never the other way round. */
@AnalyzeClasses(packages = "com.acme.crm.customer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoInfrastructure = noClasses()
            .that().resideInAPackage("com.acme.crm.customer.customer")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.kafka..", "org.springframework.kafka..", "org.springframework.messaging..",
                    "io.r2dbc..", "org.springframework.r2dbc..", "org.springframework.web..",
                    "org.springframework.http..", "com.acme.crm.events..", "com.acme.crm.chassis.outbox..");

    @ArchTest
    static final ArchRule domainDoesNotDependOnItsAdapters = noClasses()
            .that().resideInAPackage("com.acme.crm.customer.customer")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.acme.crm.customer.customer.web..", "com.acme.crm.customer.customer.persistence..",
                    "com.acme.crm.customer.customer.messaging..", "com.acme.crm.customer.customer.leads..");

    /** The aggregate, its values and policies are plain Java: no Spring, no Reactor. */
    @ArchTest
    static final ArchRule aggregateIsPlainJava = noClasses()
            .that().haveNameMatching("com\\.acme\\.crm\\.customer\\.customer\\.(Customer|CustomerEvent|ContactPerson|Gift"
                    + "|Visit|VisitPlan|Task|TaskKind|Tier|TierPolicy|Cadence)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..");
}
