package com.acme.crm.customer.customer.persistence;

import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerState;
import com.acme.crm.customer.customer.Tier;

import io.r2dbc.spi.Readable;

import java.math.BigDecimal;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/** The customer row mapping. */
final class CustomerRows {

    static final String CUSTOMER_COLUMNS = """
            id, company, industry, scale, decision_chain, owner_id, team, account_manager_id, tier, tier_pinned,
            tier_pin_reason, trailing_purchases, last_purchase_at, lead_id, registered_at, registered_by, paused_until,
            last_contact_at, last_outbound_contact_at, dormant_at, visits_without_progress, version""";

    private CustomerRows() {
    }

    static Customer customer(Readable row) {
        return Customer.restore(state(row));
    }

    static CustomerState state(Readable row) {
        return new CustomerState(row.get("id", UUID.class), row.get("company", String.class),
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
}
