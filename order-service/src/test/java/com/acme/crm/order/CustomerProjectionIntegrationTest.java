package com.acme.crm.order;

import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ownership projection from crm.customer.events and the rosters from crm.lead.events, on the real broker and
 * database: each event applied once, a redelivered one has no second effect, a handover moves the owner (C-8).
 */
@CrmIntegrationTest
class CustomerProjectionIntegrationTest {

    @Autowired
    DatabaseClient db;

    @Test
    void aRedeliveredRegistrationDoesNotUndoALaterHandover() {
        String team = TestTokens.uniqueTeam();
        UUID customer = UUID.randomUUID();
        UUID registration = UUID.randomUUID();
        CustomerEvents.registered(customer, "rep-1", team, customer, registration);
        await().atMost(Duration.ofSeconds(20)).until(() -> "rep-1".equals(owner(customer)));
        CustomerEvents.handedOver(customer, "rep-1", "rep-2", team);
        await().atMost(Duration.ofSeconds(20)).until(() -> "rep-2".equals(owner(customer)));

        CustomerEvents.registered(customer, "rep-1", team, customer, registration);
        // A marker on the same partition (same key) is consumed after the redelivered event.
        UUID marker = UUID.randomUUID();
        CustomerEvents.registered(marker, "rep-9", team, customer, UUID.randomUUID());
        await().atMost(Duration.ofSeconds(20)).until(() -> owner(marker) != null);

        assertThat(owner(customer)).isEqualTo("rep-2");
        assertThat(db.sql("select count(*) from inbox_event where event_id = :id").bind("id", registration)
                .map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1L);
    }

    @Test
    void aTeamRosterIsKept() {
        String team = TestTokens.uniqueTeam();

        CustomerEvents.rosterSet(team, "rep-7");

        await().atMost(Duration.ofSeconds(20)).until(() -> db.sql(
                        "select count(*) from team_member where team = :team and member_id = 'rep-7'")
                .bind("team", team).map(row -> row.get(0, Long.class)).one().block() == 1L);
    }

    private String owner(UUID customer) {
        return db.sql("select owner_id from customer_ownership where customer_id = :id").bind("id", customer)
                .map(row -> row.get(0, String.class)).one().block();
    }
}
