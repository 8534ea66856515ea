package com.acme.crm.chassis.test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ClassesTransformer;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service follows, applied in one line:
 * {@code ServiceArchitecture.check("com.acme.crm.lead")}. A service's base package holds feature packages
 * ({@code <base>.lead}); a feature package's own classes are its domain, its sub-packages ({@code web},
 * {@code persistence}, {@code messaging}, ...) are adapters.
 * <ul>
 *   <li>The domain does not know Kafka, HTTP, SQL or JSON: no Kafka, Spring messaging/web/HTTP, R2DBC, Jackson,
 *       Reactor Netty, integration event contracts or the outbox. Reactor itself is allowed in application
 *       services and ports.</li>
 *   <li>The domain model (every type of a feature package that is not a Spring bean, a configuration
 *       properties record or a type nested in one: aggregates, events, values, policies, ports) knows no Spring;
 *       its classes know no Reactor either. Application services may carry {@code @Component}, use transactions
 *       and throw Spring's access-denied exception.</li>
 *   <li>The domain does not depend on its adapters.</li>
 *   <li>Feature packages are free of cycles, and no feature reaches into another feature's {@code persistence}.</li>
 *   <li>A service depends on no other service: only on itself, the chassis and the event contracts.</li>
 *   <li>No package holds more than {@value #MAX_TYPES_PER_PACKAGE} top-level types: a bigger one is two features.</li>
 * </ul>
 */
public final class ServiceArchitecture {

    /** Where every service and the two shared modules live. */
    static final String PLATFORM = "com.acme.crm";

    private static final String[] INFRASTRUCTURE = {
            "org.apache.kafka..", "org.springframework.kafka..", "org.springframework.cloud.stream..",
            "org.springframework.messaging..", "io.r2dbc..", "org.springframework.r2dbc..",
            "org.springframework.data.r2dbc..", "org.springframework.web..", "org.springframework.http..",
            "reactor.netty..", "tools.jackson..", "com.fasterxml.jackson..", PLATFORM + ".events..",
            PLATFORM + ".chassis.outbox.."};

    private static final String SPRING_BEAN = "org.springframework.stereotype.Component";
    private static final String CONFIGURATION_PROPERTIES =
            "org.springframework.boot.context.properties.ConfigurationProperties";

    /** A Spring bean or configuration properties record, or a type nested in one (its commands, its exceptions). */
    private static final DescribedPredicate<JavaClass> APPLICATION_SERVICE =
            DescribedPredicate.describe("Spring beans, configuration properties and their nested types",
                    ServiceArchitecture::isApplicationService);

    private ServiceArchitecture() {
    }

    /** Checks the production classes of the service under {@code basePackage}; throws naming every violation. */
    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        rules(basePackage).check(classes);
    }

    /** All rules for the service under {@code basePackage}, as one rule. */
    public static ArchRule rules(String basePackage) {
        String domain = basePackage + ".*";
        ArchRule domainKnowsNoInfrastructure = noClasses()
                .that().resideInAPackage(domain)
                .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
                .as("domain packages of " + basePackage + " know no Kafka, HTTP, SQL or JSON");
        ArchRule domainModelKnowsNoSpring = noClasses()
                .that().resideInAPackage(domain)
                .and(DescribedPredicate.not(APPLICATION_SERVICE))
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .as("the domain model of " + basePackage + " (everything but its Spring beans) knows no Spring");
        ArchRule domainModelKnowsNoReactor = noClasses()
                .that().resideInAPackage(domain)
                .and(DescribedPredicate.not(APPLICATION_SERVICE))
                .and().areNotInterfaces()
                .should().dependOnClassesThat().resideInAPackage("reactor..")
                .as("aggregates, events, values and policies of " + basePackage + " are plain Java, no Reactor");
        ArchRule domainDoesNotDependOnItsAdapters = noClasses()
                .that().resideInAPackage(domain)
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".*.*..")
                .as("domain packages of " + basePackage + " do not depend on adapter sub-packages");
        ArchRule featuresFreeOfCycles = slices()
                .matching(basePackage + ".(*)..")
                .should().beFreeOfCycles()
                .allowEmptyShould(true)
                .as("feature packages of " + basePackage + " are free of cycles");
        ArchRule noReachingIntoAnotherFeaturesPersistence = classes()
                .that().resideInAPackage(basePackage + "..")
                .should(notReachIntoAnotherFeaturesPersistence(basePackage))
                .as("no feature of " + basePackage + " reaches into another feature's persistence");
        ArchRule noOtherService = noClasses()
                .that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat(
                        resideInAPackage(PLATFORM + "..")
                                .and(resideOutsideOfPackages(
                                        basePackage + "..", PLATFORM + ".chassis..", PLATFORM + ".events..")))
                .as(basePackage + " depends on no other service");
        return CompositeArchRule.of(domainKnowsNoInfrastructure)
                .and(domainModelKnowsNoSpring)
                .and(domainModelKnowsNoReactor)
                .and(domainDoesNotDependOnItsAdapters)
                .and(featuresFreeOfCycles)
                .and(noReachingIntoAnotherFeaturesPersistence)
                .and(noOtherService)
                .and(smallPackages(basePackage));
    }

    /** At most {@value #MAX_TYPES_PER_PACKAGE} top-level types a package: more is two features in one folder. */
    static final int MAX_TYPES_PER_PACKAGE = 15;

    private static ArchRule smallPackages(String basePackage) {
        ClassesTransformer<JavaPackage> packages = new AbstractClassesTransformer<>("packages of " + basePackage) {
            @Override
            public Iterable<JavaPackage> doTransform(JavaClasses classes) {
                Set<JavaPackage> result = new LinkedHashSet<>();
                for (JavaClass type : classes) {
                    if (type.getPackageName().startsWith(basePackage)) {
                        result.add(type.getPackage());
                    }
                }
                return result;
            }
        };
        return ArchRuleDefinition.all(packages)
                .should(new ArchCondition<>("hold at most " + MAX_TYPES_PER_PACKAGE + " top-level types") {
                    @Override
                    public void check(JavaPackage javaPackage, ConditionEvents events) {
                        List<String> types = javaPackage.getClasses().stream()
                                .filter(type -> type.isTopLevelClass() && !type.isArray())
                                .map(JavaClass::getSimpleName)
                                .filter(name -> !name.equals("package-info"))
                                .sorted().toList();
                        if (types.size() > MAX_TYPES_PER_PACKAGE) {
                            events.add(SimpleConditionEvent.violated(javaPackage, javaPackage.getName() + " holds "
                                    + types.size() + " top-level types " + types));
                        }
                    }
                })
                .allowEmptyShould(true)
                .as("every package of " + basePackage + " holds at most " + MAX_TYPES_PER_PACKAGE + " top-level types");
    }

    private static ArchCondition<JavaClass> notReachIntoAnotherFeaturesPersistence(String basePackage) {
        return new ArchCondition<>("not depend on another feature's persistence package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = featureOf(basePackage, origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    String feature = featureOf(basePackage, target);
                    if (feature == null || feature.equals(own)) {
                        continue;
                    }
                    String persistence = basePackage + "." + feature + ".persistence";
                    if (target.equals(persistence) || target.startsWith(persistence + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean isApplicationService(JavaClass type) {
        for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
            if (c.isMetaAnnotatedWith(SPRING_BEAN) || c.isAnnotatedWith(CONFIGURATION_PROPERTIES)) {
                return true;
            }
        }
        return false;
    }

    /** The feature a package belongs to ({@code <base>.<feature>...}), or null outside the feature packages. */
    private static String featureOf(String basePackage, String packageName) {
        if (!packageName.startsWith(basePackage + ".")) {
            return null;
        }
        String rest = packageName.substring(basePackage.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
