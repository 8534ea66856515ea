package com.acme.crm.order.order.persistence;

import com.acme.crm.order.order.Milestone;
import com.acme.crm.order.order.Order;
import com.acme.crm.order.order.OrderState;
import com.acme.crm.order.order.Stage;

import io.r2dbc.spi.Readable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/** Maps {@code customer_order} rows, with their milestones aggregated as JSON, to orders. */
final class OrderRows {

    /** The order's columns and its milestones in one row, for a table aliased {@code o}. */
    static final String COLUMNS = """
            o.id, o.quote_id, o.customer_id, o.owner_id, o.team, o.amount, o.stage, o.installation_included,
            o.delivery_date, o.penalty_rate, o.signed_by, o.signed_at, o.tracking_number, o.production_scheduled_at,
            o.shipped_at, o.arrived_at, o.installed_at, o.accepted_at, o.acceptance_deemed, o.acceptance_due_at,
            o.rejected_at, o.rejection_reasons, o.delivery_reminder_due_at, o.delivery_reminder_sent_at, o.days_late,
            o.penalty_amount, o.credit_check, o.credit_approved_by, o.credit_approved_at, o.closed_at, o.version,
            (select jsonb_agg(jsonb_build_object('kind', m.kind, 'share', m.share_percent::text, 'amount',
                m.amount::text, 'due', m.due_at, 'paid', m.paid::text, 'confirmed', m.confirmed::text,
                'reported', m.overdue_reported_at))
             from order_milestone m where m.order_id = o.id)::text as milestones""";

    private final JsonMapper json;

    OrderRows(JsonMapper json) {
        this.json = json;
    }

    Order toOrder(Readable row) {
        return Order.restore(new OrderState(
                row.get("id", UUID.class),
                row.get("quote_id", UUID.class),
                row.get("customer_id", UUID.class),
                row.get("owner_id", String.class),
                row.get("team", String.class),
                row.get("amount", BigDecimal.class),
                Stage.valueOf(row.get("stage", String.class)),
                Boolean.TRUE.equals(row.get("installation_included", Boolean.class)),
                row.get("delivery_date", LocalDate.class),
                row.get("penalty_rate", BigDecimal.class),
                row.get("signed_by", String.class),
                instant(row, "signed_at"),
                milestones(row.get("milestones", String.class)),
                row.get("tracking_number", String.class),
                instant(row, "production_scheduled_at"),
                instant(row, "shipped_at"),
                instant(row, "arrived_at"),
                instant(row, "installed_at"),
                instant(row, "accepted_at"),
                Boolean.TRUE.equals(row.get("acceptance_deemed", Boolean.class)),
                instant(row, "acceptance_due_at"),
                instant(row, "rejected_at"),
                row.get("rejection_reasons", String.class),
                instant(row, "delivery_reminder_due_at"),
                instant(row, "delivery_reminder_sent_at"),
                row.get("days_late", Integer.class),
                row.get("penalty_amount", BigDecimal.class),
                row.get("credit_check", String.class),
                row.get("credit_approved_by", String.class),
                instant(row, "credit_approved_at"),
                instant(row, "closed_at"),
                row.get("version", Long.class)));
    }

    private List<Milestone> milestones(String text) {
        List<Milestone> milestones = new ArrayList<>(3);
        if (text == null) {
            return milestones;
        }
        for (JsonNode m : json.readTree(text)) {
            milestones.add(new Milestone(Milestone.Kind.valueOf(m.get("kind").asString()),
                    new BigDecimal(m.get("share").asString()), money(m.get("amount")), time(m.get("due")),
                    money(m.get("paid")), money(m.get("confirmed")), time(m.get("reported"))));
        }
        milestones.sort(Comparator.comparing(Milestone::kind));
        return milestones;
    }

    private static BigDecimal money(JsonNode node) {
        return new BigDecimal(node.asString()).setScale(2);
    }

    private static Instant time(JsonNode node) {
        return node == null || node.isNull() ? null : OffsetDateTime.parse(node.asString()).toInstant();
    }
}
