package com.acme.crm.lead.capture.persistence;

import com.acme.crm.lead.capture.LastContacts;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;

/** L-10: the latest recorded contact of a lead, from its contacts (served by the lead_contact (lead_id, at) index). */
@Repository
class R2dbcLastContacts implements LastContacts {

    private final DatabaseClient db;

    R2dbcLastContacts(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Instant> of(UUID leadId) {
        return db.sql("select max(at) as last from lead_contact where lead_id = :lead")
                .bind("lead", leadId)
                .map(row -> java.util.Optional.ofNullable(instant(row, "last")))
                .one()
                .flatMap(Mono::justOrEmpty);
    }
}
