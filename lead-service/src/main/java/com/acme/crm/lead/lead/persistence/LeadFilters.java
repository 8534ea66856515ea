package com.acme.crm.lead.lead.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.lead.lead.LeadQuery;

import java.time.Instant;

/** The {@code where} clause of a queue query: data scope first, then the caller's filters. */
final class LeadFilters {

    private LeadFilters() {
    }

    static Sql.Where where(LeadQuery query, DataScope scope, Instant now) {
        Sql.Where where = new Sql.Where().within(scope);
        if (query.status() != null) {
            where.and("status = :status", "status", query.status().name());
        } else {
            where.and("status in ('NEW', 'CONTACTED')");
        }
        if (query.channel() != null) {
            where.and("channel = :channel", "channel", query.channel().name());
        }
        if (query.grade() != null) {
            where.and("grade = :grade", "grade", query.grade().name());
        }
        if (query.ownerId() != null) {
            where.and("owner_id = :owner", "owner", query.ownerId());
        }
        if (query.team() != null) {
            where.and("team = :team", "team", query.team());
        }
        if (query.capturedFrom() != null) {
            where.and("captured_at >= :from", "from", query.capturedFrom());
        }
        if (query.capturedTo() != null) {
            where.and("captured_at < :to", "to", query.capturedTo());
        }
        if (query.overdue() != null) {
            String overdue = "first_contacted_at is null and first_contact_due_at < :now";
            where.and(query.overdue() ? overdue : "not (" + overdue + ")", "now", now);
        }
        return where;
    }
}
