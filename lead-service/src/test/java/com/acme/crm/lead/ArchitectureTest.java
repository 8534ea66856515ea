package com.acme.crm.lead;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain does not know Kafka, HTTP or SQL; adapters depend on the domain, never the other way round. */
@AnalyzeClasses(packages = "com.acme.crm.lead", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoInfrastructure = noClasses()
            .that().resideInAPackage("com.acme.crm.lead.lead")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.kafka..", "org.springframework.kafka..", "org.springframework.messaging..",
                    "io.r2dbc..", "org.springframework.r2dbc..", "org.springframework.web..",
                    "org.springframework.http..", "com.acme.crm.events..", "com.acme.crm.chassis.outbox..");

    @ArchTest
    static final ArchRule domainDoesNotDependOnItsAdapters = noClasses()
            .that().resideInAPackage("com.acme.crm.lead.lead")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.acme.crm.lead.lead.web..", "com.acme.crm.lead.lead.persistence..",
                    "com.acme.crm.lead.lead.messaging..");

    /** The aggregate, its events, values and policies are plain Java: no Spring, no Reactor. */
    @ArchTest
    static final ArchRule aggregateIsPlainJava = noClasses()
            .that().haveNameMatching("com\\.acme\\.crm\\.lead\\.lead\\.(Lead|LeadState|LeadStates|LeadEvent|Contact"
                    + "|ContactDetails|Channel|Grade|ArchiveReason|LeadStatus|FirstContactSla|CaptureResult)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..");
}
