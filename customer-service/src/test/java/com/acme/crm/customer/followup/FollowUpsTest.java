package com.acme.crm.customer.followup;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerFixtures;
import com.acme.crm.customer.customer.CustomerProperties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.acme.crm.customer.customer.CustomerFixtures.REGISTERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * C-2 and C-5 scheduling on {@link FollowUps} alone: the task store is an in-memory recorder of what the rules
 * open and close; no Spring context, no database. The properties are bound from the service's own defaults.
 */
class FollowUpsTest {

    private static final Instant NOW = REGISTERED.plus(Duration.ofDays(3));

    private final RecordedTasks tasks = new RecordedTasks();
    private final FollowUps followUps = new FollowUps(tasks, defaults(Map.of()));

    @Test
    @DisplayName("C-2: a contact schedules the next contact one tier cadence later, escalating one more cadence later")
    void c2_aContactSchedulesTheNextContactOneTierCadenceLaterEscalatingOneMoreCadenceLater() {
        Map<Customer, Duration> cadenceOf = Map.of(CustomerFixtures.tierA(), Duration.ofDays(7),
                CustomerFixtures.tierB(), Duration.ofDays(14), CustomerFixtures.tierC(), Duration.ofDays(30));
        cadenceOf.forEach((customer, cadence) -> {
            tasks.clear();

            followUps.contacted(customer, false, NOW).block();

            assertThat(tasks.closed).as("tier %s", customer.tier())
                    .containsExactly(new Closed(customer.id(), List.of(TaskKind.CADENCE_CONTACT), NOW));
            assertThat(tasks.opened).as("tier %s", customer.tier()).singleElement().satisfies(task -> {
                assertThat(task.kind()).isEqualTo(TaskKind.CADENCE_CONTACT);
                assertThat(task.dueAt()).isEqualTo(NOW.plus(cadence));
                assertThat(task.escalateAt()).isEqualTo(NOW.plus(cadence).plus(cadence));
                assertThat(task.customerId()).isEqualTo(customer.id());
                assertThat(task.ownerId()).isEqualTo(CustomerFixtures.REP);
                assertThat(task.team()).isEqualTo(CustomerFixtures.TEAM);
                assertThat(task.createdAt()).isEqualTo(NOW);
            });
        });
    }

    @Test
    @DisplayName("R-4: a visit completes the planned visit of its business day in Shanghai, not of its UTC day")
    void r4_aVisitCompletesThePlannedVisitOfItsBusinessDayInShanghaiNotOfItsUtcDay() {
        Customer customer = CustomerFixtures.tierB();
        Instant visitedAt = Instant.parse("2026-11-30T16:30:00Z"); // 1 Dec 00:30 in Shanghai, still 30 Nov in UTC

        followUps.visitedAsPlanned(customer, visitedAt, NOW).block();

        assertThat(tasks.closedWithin).containsExactly(new ClosedWithin(customer.id(), TaskKind.PLANNED_VISIT,
                Instant.parse("2026-11-30T16:00:00Z"), Instant.parse("2026-12-01T16:00:00Z"), NOW));
        assertThat(tasks.closed).isEmpty();
    }

    @Test
    @DisplayName("C-2: an on-site visit to an A customer also schedules the monthly on-site visit")
    void c2_anOnSiteVisitToAnACustomerAlsoSchedulesTheMonthlyOnSiteVisit() {
        Customer customer = CustomerFixtures.tierA();

        followUps.contacted(customer, true, NOW).block();

        assertThat(tasks.closed).containsExactly(
                new Closed(customer.id(), List.of(TaskKind.CADENCE_CONTACT, TaskKind.CADENCE_VISIT), NOW));
        assertThat(tasks.opened).extracting(Task::kind, Task::dueAt, Task::escalateAt).containsExactly(
                tuple(TaskKind.CADENCE_CONTACT, NOW.plus(Duration.ofDays(7)), NOW.plus(Duration.ofDays(14))),
                tuple(TaskKind.CADENCE_VISIT, NOW.plus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(60))));
    }

    @Test
    @DisplayName("C-2: only an A customer gets a monthly on-site visit scheduled")
    void c2_onlyAnACustomerGetsAMonthlyOnSiteVisitScheduled() {
        Customer customer = CustomerFixtures.tierB();

        followUps.contacted(customer, true, NOW).block();

        assertThat(tasks.opened).extracting(Task::kind).containsExactly(TaskKind.CADENCE_CONTACT);
        assertThat(tasks.closed).as("the visit still completes any due visit task").containsExactly(
                new Closed(customer.id(), List.of(TaskKind.CADENCE_CONTACT, TaskKind.CADENCE_VISIT), NOW));
    }

    @Test
    @DisplayName("C-2: the cadence is configurable")
    void c2_theCadenceIsConfigurable() {
        FollowUps tuned = new FollowUps(tasks, defaults(Map.of("crm.customer.cadence-b", "10d")));

        tuned.contacted(CustomerFixtures.tierB(), false, NOW).block();

        assertThat(tasks.opened).extracting(Task::dueAt, Task::escalateAt)
                .containsExactly(tuple(NOW.plus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(20))));
    }

    @Test
    @DisplayName("C-5: a first visit without a clear answer gets a thank-you within 24 h and a call within 3 days")
    void c5_aFirstVisitWithoutAClearAnswerGetsAThankYouWithin24HoursAndACallWithin3Days() {
        Customer customer = CustomerFixtures.tierB();
        Instant visitedAt = NOW.minus(Duration.ofHours(20)); // filed 20 h later: the clocks run from the visit
        followUps.afterFirstVisit(customer, visitedAt, false, NOW).block();

        Duration escalation = Duration.ofDays(14); // one B cadence past due (C-2)
        assertThat(tasks.closed).isEmpty();
        assertThat(tasks.opened).extracting(Task::kind, Task::dueAt, Task::escalateAt, Task::ownerId).containsExactly(
                tuple(TaskKind.THANK_YOU, visitedAt.plus(Duration.ofHours(24)),
                        visitedAt.plus(Duration.ofHours(24)).plus(escalation), CustomerFixtures.REP),
                tuple(TaskKind.PHONE_FOLLOW_UP, visitedAt.plus(Duration.ofDays(3)),
                        visitedAt.plus(Duration.ofDays(3)).plus(escalation), CustomerFixtures.REP));
        assertThat(tasks.opened).allSatisfy(task -> assertThat(task.createdAt()).isEqualTo(NOW));
    }

    @Test
    @DisplayName("C-5: a first visit with a clear answer gets only the thank-you")
    void c5_aFirstVisitWithAClearAnswerGetsOnlyTheThankYou() {
        Customer customer = CustomerFixtures.tierC();
        followUps.afterFirstVisit(customer, NOW, true, NOW).block();

        assertThat(tasks.opened).extracting(Task::kind, Task::dueAt, Task::escalateAt).containsExactly(
                tuple(TaskKind.THANK_YOU, NOW.plus(Duration.ofHours(24)),
                        NOW.plus(Duration.ofHours(24)).plus(Duration.ofDays(30))));
    }

    @Test
    @DisplayName("C-5: the thank-you and call windows are configurable")
    void c5_theThankYouAndCallWindowsAreConfigurable() {
        FollowUps tuned = new FollowUps(tasks, defaults(Map.of(
                "crm.customer.thank-you-within", "12h", "crm.customer.phone-follow-up-within", "2d")));
        Customer customer = CustomerFixtures.tierA();

        tuned.afterFirstVisit(customer, NOW, false, NOW).block();

        assertThat(tasks.opened).extracting(Task::kind, Task::dueAt).containsExactly(
                tuple(TaskKind.THANK_YOU, NOW.plus(Duration.ofHours(12))),
                tuple(TaskKind.PHONE_FOLLOW_UP, NOW.plus(Duration.ofDays(2))));
    }

    @Test
    @DisplayName("C-2: a new customer's first follow-up is due one cadence after registration")
    void c2_aNewCustomersFirstFollowUpIsDueOneCadenceLater() {
        Customer customer = CustomerFixtures.newlyRegistered();

        followUps.firstFollowUp(customer, REGISTERED).block();

        assertThat(tasks.opened).extracting(Task::kind, Task::dueAt, Task::escalateAt).containsExactly(
                tuple(TaskKind.CADENCE_CONTACT, REGISTERED.plus(Duration.ofDays(30)), REGISTERED.plus(Duration.ofDays(60))));
    }

    /** The service's {@code crm.customer} properties with their {@code @DefaultValue}s, plus any overrides. */
    private static CustomerProperties defaults(Map<String, String> overrides) {
        return new Binder(new MapConfigurationPropertySource(overrides))
                .bindOrCreate("crm.customer", CustomerProperties.class);
    }

    private record Closed(UUID customerId, List<TaskKind> kinds, Instant at) {
    }

    private record ClosedWithin(UUID customerId, TaskKind kind, Instant from, Instant until, Instant at) {
    }

    /** Records what the follow-up rules open and close; nothing else is asked of it here. */
    private static final class RecordedTasks implements Tasks {

        /** The follow-up rules only open and close tasks; a call to anything else is a change this test must see. */
        private static final String NOT_ASKED = "the follow-up rules do not read or move tasks";

        final List<Task> opened = new ArrayList<>();
        final List<Closed> closed = new ArrayList<>();
        final List<ClosedWithin> closedWithin = new ArrayList<>();

        void clear() {
            opened.clear();
            closed.clear();
            closedWithin.clear();
        }

        @Override
        public Mono<Void> openAll(List<Task> all) {
            return Mono.fromRunnable(() -> opened.addAll(all));
        }

        @Override
        public Mono<Void> close(UUID customerId, Collection<TaskKind> kinds, Instant at) {
            return Mono.fromRunnable(() -> closed.add(new Closed(customerId, List.copyOf(kinds), at)));
        }

        @Override
        public Mono<Void> closeDueWithin(UUID customerId, TaskKind kind, Instant from, Instant until, Instant at) {
            return Mono.fromRunnable(() -> closedWithin.add(new ClosedWithin(customerId, kind, from, until, at)));
        }

        @Override
        public Mono<Boolean> hasOpen(UUID customerId, TaskKind kind) {
            throw new UnsupportedOperationException(NOT_ASKED);
        }

        @Override
        public Flux<Task> openOf(UUID customerId) {
            throw new UnsupportedOperationException(NOT_ASKED);
        }

        @Override
        public Flux<Task> due(DataScope scope, Instant now, int limit) {
            throw new UnsupportedOperationException(NOT_ASKED);
        }

        @Override
        public Flux<Task> lockEscalations(Instant now, int limit) {
            throw new UnsupportedOperationException(NOT_ASKED);
        }

        @Override
        public Mono<Void> markEscalated(Collection<UUID> taskIds, Instant at) {
            throw new UnsupportedOperationException(NOT_ASKED);
        }

        @Override
        public Mono<Long> moveOpen(Collection<UUID> customerIds, String toOwner) {
            throw new UnsupportedOperationException(NOT_ASKED);
        }
    }
}
