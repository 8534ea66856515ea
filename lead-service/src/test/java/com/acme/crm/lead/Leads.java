package com.acme.crm.lead;

import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Lead fixtures in domain language, as capture requests. */
public final class Leads {

    private static final AtomicLong PHONES = new AtomicLong(System.nanoTime() % 10_000_000L);

    private Leads() {
    }

    /** A phone number no other lead of this test run has (L-3 would merge a repeat). */
    public static String uniquePhone() {
        return "+86 139 " + String.format("%08d", PHONES.incrementAndGet() % 100_000_000L);
    }

    /** A trade-show lead with a fresh phone and e-mail. */
    public static Map<String, Object> tradeShowLead(String name) {
        String phone = uniquePhone();
        return Map.of("name", name, "company", "Hangzhou Precision Pumps Co.", "phone", phone,
                "email", phone.replaceAll("\\D", "") + "@hzpumps.example.cn", "channel", "TRADE_SHOW",
                "notes", "Met at the Canton Fair, booth 12.1");
    }

    public static Map<String, Object> websiteLead(String name) {
        return websiteLead(name, uniquePhone());
    }

    public static Map<String, Object> websiteLead(String name, String phone) {
        return Map.of("name", name, "phone", phone, "channel", "WEBSITE");
    }

    /**
     * Takes a team's leads (and their tasks, contacts, captures and events) out of the shared database again, so a
     * big batch of one test is not worked by the clock tests of other classes.
     */
    public static void forgetTeam(DatabaseClient db, String team) {
        String leads = "(select id from lead where team = '" + team + "')";
        for (String sql : List.of(
                "delete from outbox_event where message_key in (select id::text from lead where team = '" + team + "')",
                "delete from lead_task where lead_id in " + leads,
                "delete from lead_contact where lead_id in " + leads,
                "delete from lead_capture where lead_id in " + leads,
                "delete from lead where team = '" + team + "'")) {
            db.sql(sql).then().block(Duration.ofSeconds(30));
        }
    }
}
