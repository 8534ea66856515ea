package com.acme.crm.customer.customer;

import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Duration;
import java.util.List;

/**
 * Removes a test team's customers and everything they own, for the volume tests that seed a thousand of them: left
 * behind in the shared database they would be dormancy candidates and job work for every later test that moves the
 * clock (C-9).
 */
public final class TeamCustomers {

    private TeamCustomers() {
    }

    public static void forget(DatabaseClient db, String team) {
        String customers = "(select id from customer where team = '" + team + "')";
        for (String sql : List.of(
                "delete from outbox_event where message_key in (select id::text from customer where team = '" + team + "')",
                "delete from profile_reminder where customer_id in " + customers,
                "delete from customer_profile_birthday where customer_id in " + customers,
                "delete from customer_profile where customer_id in " + customers,
                "delete from key_account_task where customer_id in " + customers,
                "delete from referral_request where customer_id in " + customers,
                "delete from customer_task where team = '" + team + "'",
                "delete from customer_contact where customer_id in " + customers,
                "delete from lead_contact_fetch where customer_id in " + customers,
                "delete from customer_purchase where customer_id in " + customers,
                "delete from customer where team = '" + team + "'")) {
            db.sql(sql).then().block(Duration.ofSeconds(30));
        }
    }
}
