package com.acme.crm.customer.customer.persistence;

import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.Task;
import com.acme.crm.customer.customer.TaskKind;
import com.acme.crm.customer.customer.Tier;

import io.r2dbc.spi.Readable;

import java.math.BigDecimal;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/** Row mappings shared by the repositories. */
final class Rows {

    static final String CUSTOMER_COLUMNS = """
            id, company, industry, scale, decision_chain, owner_id, team, account_manager_id, tier, tier_pinned,
            tier_pin_reason, trailing_purchases, last_purchase_at, lead_id, registered_at, registered_by, paused_until,
            last_contact_at, last_outbound_contact_at, dormant_at, visits_without_progress, version""";

    static final String TASK_COLUMNS =
            "id, customer_id, owner_id, team, kind, due_at, escalate_at, escalated_at, created_at, done_at, note";

    private Rows() {
    }

    static Customer customer(Readable row) {
        return new Customer(row.get("id", UUID.class), row.get("company", String.class),
                row.get("industry", String.class), row.get("scale", String.class),
                row.get("decision_chain", String.class), row.get("owner_id", String.class),
                row.get("team", String.class), row.get("account_manager_id", String.class),
                Tier.valueOf(row.get("tier", String.class)), Boolean.TRUE.equals(row.get("tier_pinned", Boolean.class)),
                row.get("tier_pin_reason", String.class), row.get("trailing_purchases", BigDecimal.class),
                instant(row, "last_purchase_at"), row.get("lead_id", UUID.class), instant(row, "registered_at"),
                row.get("registered_by", String.class), instant(row, "paused_until"), instant(row, "last_contact_at"),
                instant(row, "last_outbound_contact_at"), instant(row, "dormant_at"),
                row.get("visits_without_progress", Integer.class), row.get("version", Long.class));
    }

    static Task task(Readable row) {
        return new Task(row.get("id", UUID.class), row.get("customer_id", UUID.class),
                row.get("owner_id", String.class), row.get("team", String.class),
                TaskKind.valueOf(row.get("kind", String.class)), instant(row, "due_at"), instant(row, "escalate_at"),
                instant(row, "escalated_at"), instant(row, "created_at"), instant(row, "done_at"),
                row.get("note", String.class));
    }
}
