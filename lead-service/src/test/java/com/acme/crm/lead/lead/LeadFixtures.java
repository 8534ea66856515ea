package com.acme.crm.lead.lead;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * {@link Lead} aggregates in the states the rules talk about, built on the domain alone (no Spring, no database).
 * {@link com.acme.crm.lead.Leads} builds the HTTP capture requests; this class builds the aggregate.
 */
public final class LeadFixtures {

    /** 10:00 in Shanghai. */
    public static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** L-2 defaults: first contact within 48 h, a trade-show e-mail within 24 h. */
    public static final FirstContactSla SLA = new FirstContactSla(Duration.ofHours(48), Duration.ofHours(24));
    public static final String REP = "rep-1";
    public static final String OTHER_REP = "rep-2";

    private LeadFixtures() {
    }

    /** L-2: a business card from a trade show, captured {@code hours} before {@link #NOW} and not contacted since. */
    public static Lead tradeShowLeadCapturedHoursAgo(long hours) {
        return captured(Channel.TRADE_SHOW, NOW.minus(Duration.ofHours(hours)));
    }

    /** A website lead captured an hour ago, not contacted yet. */
    public static Lead newWebsiteLead() {
        return captured(Channel.WEBSITE, NOW.minus(Duration.ofHours(1)));
    }

    /** L-2: a website lead reached by phone half an hour ago. */
    public static Lead contactedWebsiteLead() {
        Lead lead = newWebsiteLead();
        Instant at = NOW.minus(Duration.ofMinutes(30));
        lead.recordContact(new Contact(Contact.Method.PHONE, Contact.Direction.OUTBOUND, Contact.Outcome.REACHED,
                null, at), at, SHANGHAI);
        return lead;
    }

    /** L-4: a contacted lead graded {@code grade}. */
    public static Lead gradedLead(Grade grade) {
        Lead lead = contactedWebsiteLead();
        lead.grade(grade, NOW.minus(Duration.ofMinutes(20)));
        return lead;
    }

    /** L-6: a D-graded lead that converted into a customer. */
    public static Lead convertedLead() {
        Lead lead = gradedLead(Grade.D);
        lead.convert(REP, NOW.minus(Duration.ofMinutes(10)));
        return lead;
    }

    /** L-5: a contacted lead archived for {@code reason}. */
    public static Lead archivedLead(ArchiveReason reason) {
        Lead lead = contactedWebsiteLead();
        lead.archive(reason, REP, NOW.minus(Duration.ofMinutes(10)));
        return lead;
    }

    /** An outbound phone call at {@code at}. */
    public static Contact callAt(Instant at) {
        return new Contact(Contact.Method.PHONE, Contact.Direction.OUTBOUND, Contact.Outcome.REACHED, null, at);
    }

    private static Lead captured(Channel channel, Instant at) {
        UUID referrer = channel == Channel.REFERRAL ? UUID.randomUUID() : null;
        return Lead.restore(Lead.capture(new Lead.NewLead("Li Wei", "Hangzhou Precision Pumps Co.",
                        new ContactDetails("13800138000", null, "fp", null), channel, referrer, null),
                REP, "east", REP, null, at, SLA).lead());
    }
}
