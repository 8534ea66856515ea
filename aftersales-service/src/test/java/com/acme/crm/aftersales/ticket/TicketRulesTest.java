package com.acme.crm.aftersales.ticket;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.acme.crm.aftersales.ticket.TicketFixtures.AGENT;
import static com.acme.crm.aftersales.ticket.TicketFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ticket deadlines, breaches and transitions. */
class TicketRulesTest {

    @Test
    void a1_aTicketIsDueAFirstResponseWithinOneHourAndASolutionWithin48Hours() {
        TicketState ticket = TicketFixtures.hardwareFaultOpenedMinutesAgo(0).state();

        assertThat(ticket.responseDueAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(ticket.resolutionDueAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void a1_theDeadlinesAreConfigurablePerTypeAndPerTypeAndPriority() {
        TicketPolicy policy = new TicketPolicy(Duration.ofHours(1), Duration.ofHours(48), Map.of(
                "SOFTWARE_BUG", new TicketPolicy.Sla(null, Duration.ofHours(72)),
                "HARDWARE_FAULT_URGENT", new TicketPolicy.Sla(Duration.ofMinutes(15), Duration.ofHours(8))));

        TicketState bug = TicketFixtures.opened(TicketType.SOFTWARE_BUG, Priority.URGENT, NOW, policy).state();
        TicketState urgentFault = TicketFixtures.opened(TicketType.HARDWARE_FAULT, Priority.URGENT, NOW, policy)
                .state();
        TicketState normalFault = TicketFixtures.opened(TicketType.HARDWARE_FAULT, Priority.NORMAL, NOW, policy)
                .state();

        assertThat(bug.responseDueAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(bug.resolutionDueAt()).isEqualTo(NOW.plus(Duration.ofHours(72)));
        assertThat(urgentFault.responseDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(urgentFault.resolutionDueAt()).isEqualTo(NOW.plus(Duration.ofHours(8)));
        assertThat(normalFault.resolutionDueAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
    }

    @Test
    void a1_aTicketWithoutAFirstResponseAfterAnHourBreachesOnceAndIsEscalated() {
        Ticket ticket = TicketFixtures.hardwareFaultOpenedMinutesAgo(50);
        assertThat(ticket.breaches(NOW)).isEmpty();

        List<TicketEvent> breached = ticket.breaches(NOW.plus(Duration.ofMinutes(10)));

        assertThat(breached).singleElement().isInstanceOfSatisfying(TicketEvent.SlaBreached.class, event -> {
            assertThat(event.clock()).isEqualTo(SlaClock.RESPONSE);
            assertThat(event.dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        });
        assertThat(ticket.state().escalatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(ticket.breaches(NOW.plus(Duration.ofHours(2)))).isEmpty();
    }

    @Test
    void a1_eachClockBreachesOnceAndTheFirstEscalationStays() {
        Ticket ticket = TicketFixtures.hardwareFaultOpenedMinutesAgo(50);
        ticket.breaches(NOW.plus(Duration.ofMinutes(10)));

        List<TicketEvent> late = ticket.breaches(NOW.plus(Duration.ofHours(48)));

        assertThat(late).singleElement().extracting(event -> ((TicketEvent.SlaBreached) event).clock())
                .isEqualTo(SlaClock.RESOLUTION);
        assertThat(ticket.state().escalatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(ticket.breaches(NOW.plus(Duration.ofDays(5)))).isEmpty();
    }

    @Test
    void a1_aFirstResponseInTimeStopsTheResponseClock() {
        Ticket ticket = TicketFixtures.hardwareFaultOpenedMinutesAgo(50);
        ticket.respond(AGENT, NOW);

        assertThat(ticket.breaches(NOW.plus(Duration.ofHours(2)))).isEmpty();
        assertThat(ticket.state().respondedBy()).isEqualTo(AGENT);
    }

    @Test
    void a1_aResolvedTicketReopensWithANewSolutionDeadlineThatMayBreachAgain() {
        Ticket ticket = TicketFixtures.resolved();

        TicketEvent.Reopened reopened = ticket.reopen(AGENT, NOW, TicketPolicy.defaults());

        assertThat(reopened.ticket().resolutionDueAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
        assertThat(reopened.ticket().status()).isEqualTo(TicketStatus.RESPONDED);
        assertThat(ticket.breaches(NOW.plus(Duration.ofHours(48)))).singleElement()
                .extracting(event -> ((TicketEvent.SlaBreached) event).clock()).isEqualTo(SlaClock.RESOLUTION);
    }

    @Test
    void a1_aTicketIsRespondedToOnceAndClosedOnlyWhenResolved() {
        Ticket ticket = TicketFixtures.respondedHoursAgo(2);

        assertThatThrownBy(() -> ticket.respond(AGENT, NOW)).isInstanceOfSatisfying(BusinessRuleViolation.class,
                refusal -> assertThat(refusal.rule()).isEqualTo("A-1"));
        assertThatThrownBy(() -> ticket.close(AGENT, NOW)).isInstanceOfSatisfying(BusinessRuleViolation.class,
                refusal -> assertThat(refusal.rule()).isEqualTo("A-1"));
        ticket.resolve(AGENT, NOW);
        assertThat(ticket.close(AGENT, NOW).ticket().status()).isEqualTo(TicketStatus.CLOSED);
        assertThatThrownBy(() -> ticket.reopen(AGENT, NOW, TicketPolicy.defaults()))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void a1_aResolvedTicketNoLongerBreaches() {
        Ticket ticket = TicketFixtures.resolved();

        assertThat(ticket.breaches(NOW.plus(Duration.ofDays(10)))).isEmpty();
    }
}
