package com.acme.crm.lead.lead.persistence;

import com.acme.crm.lead.lead.ArchiveReason;
import com.acme.crm.lead.lead.Channel;
import com.acme.crm.lead.lead.ContactDetails;
import com.acme.crm.lead.lead.Grade;
import com.acme.crm.lead.lead.Lead;
import com.acme.crm.lead.lead.LeadState;
import com.acme.crm.lead.lead.LeadStatus;

import io.r2dbc.spi.Readable;

import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.enumOf;
import static com.acme.crm.chassis.persistence.RowValues.instant;

/** Maps {@code lead} rows to leads. */
final class LeadRowMapper {

    static final String COLUMNS = """
            id, name, company, phone, email, phone_fingerprint, email_fingerprint, channel, referrer_customer_id,
            notes, owner_id, team, status, grade, captured_by, captured_at, first_contact_due_at,
            follow_up_email_due_at, first_contacted_at, first_contact_breached_at, follow_up_email_sent_at,
            follow_up_email_breached_at, last_touch_at, last_outbound_contact_at, archive_reason,
            status_before_archive, linked_customer_id, customer_id, converted_at, version""";

    private LeadRowMapper() {
    }

    static Lead toLead(Readable row) {
        return Lead.restore(new LeadState(
                row.get("id", UUID.class),
                row.get("name", String.class),
                row.get("company", String.class),
                new ContactDetails(row.get("phone", String.class), row.get("email", String.class),
                        row.get("phone_fingerprint", String.class), row.get("email_fingerprint", String.class)),
                Channel.valueOf(row.get("channel", String.class)),
                row.get("referrer_customer_id", UUID.class),
                row.get("notes", String.class),
                row.get("owner_id", String.class),
                row.get("team", String.class),
                LeadStatus.valueOf(row.get("status", String.class)),
                enumOf(row, "grade", Grade.class),
                row.get("captured_by", String.class),
                instant(row, "captured_at"),
                instant(row, "first_contact_due_at"),
                instant(row, "follow_up_email_due_at"),
                instant(row, "first_contacted_at"),
                instant(row, "first_contact_breached_at"),
                instant(row, "follow_up_email_sent_at"),
                instant(row, "follow_up_email_breached_at"),
                instant(row, "last_touch_at"),
                instant(row, "last_outbound_contact_at"),
                enumOf(row, "archive_reason", ArchiveReason.class),
                enumOf(row, "status_before_archive", LeadStatus.class),
                row.get("linked_customer_id", UUID.class),
                row.get("customer_id", UUID.class),
                instant(row, "converted_at"),
                row.get("version", Long.class)));
    }
}
