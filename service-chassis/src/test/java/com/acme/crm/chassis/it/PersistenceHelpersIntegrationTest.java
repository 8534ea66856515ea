package com.acme.crm.chassis.it;

import com.acme.crm.chassis.persistence.RowValues;
import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.test.CrmIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The persistence helpers every service's repositories share, against the real PostgreSQL. */
@CrmIntegrationTest
class PersistenceHelpersIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Instant AT = Instant.parse("2026-03-01T08:30:00Z");

    @Autowired
    DatabaseClient db;
    @Autowired
    ApplicationContext context;

    private final UUID first = UUID.randomUUID();

    enum Shade { LIGHT, DARK }

    @BeforeEach
    void freshRows() {
        db.sql("""
                        create table if not exists helper_probe (id uuid primary key, owner_id text, manager_id text,
                          team text, shade text, seen_at timestamptz, version bigint not null)""").then()
                .then(db.sql("delete from helper_probe").then())
                .then(insert(first, "rep-1", null, "north", "DARK", AT))
                .then(insert(UUID.randomUUID(), "rep-2", "rep-1", "south", null, null))
                .then(insert(UUID.randomUUID(), "rep-3", null, "north", null, null))
                .block(WAIT);
    }

    @Test
    void aVersionedUpdateChangesOneRowAndRefusesAStaleVersionNamingTheRecord() {
        Sql.versionedUpdate(update(0), "Probe", first).block(WAIT);

        assertThat(db.sql("select version from helper_probe where id = :id").bind("id", first)
                .map(row -> row.get("version", Long.class)).one().block(WAIT)).isEqualTo(1L);
        assertThatThrownBy(() -> Sql.versionedUpdate(update(0), "Probe", first).block(WAIT))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessage("Probe " + first + " was changed concurrently");
    }

    @Test
    void aDataScopeLimitsRowsToTheOwnerTheTeamOrNothingForAll() {
        assertThat(owners(DataScope.ALL)).containsExactly("rep-1", "rep-2", "rep-3");
        assertThat(owners(new DataScope("rep-1", null, false))).containsExactly("rep-1");
        assertThat(owners(new DataScope(null, "north", false))).containsExactly("rep-1", "rep-3");
    }

    @Test
    void anOwnerScopeCanSpanSeveralOwnerColumns() {
        Sql.Where where = new Sql.Where().within(new DataScope("rep-1", null, false), "team", "owner_id", "manager_id");

        assertThat(where.clause()).isEqualTo(" where (owner_id = :scopeOwner or manager_id = :scopeOwner)");
        assertThat(where.bindTo(db.sql("select owner_id from helper_probe" + where.clause() + " order by owner_id"))
                .map(row -> row.get("owner_id", String.class)).all().collectList().block(WAIT))
                .containsExactly("rep-1", "rep-2");
    }

    @Test
    void rowValuesReadTimestampsAndEnumNamesThatMayBeNull() {
        List<Object[]> rows = db.sql("select shade, seen_at from helper_probe order by owner_id")
                .map(row -> new Object[] {RowValues.enumOf(row, "shade", Shade.class), RowValues.instant(row, "seen_at")})
                .all().collectList().block(WAIT);

        assertThat(rows.get(0)).containsExactly(Shade.DARK, AT);
        assertThat(rows.get(1)).containsExactly(null, null);
    }

    @Test
    void theChassisDeclaresTheOneTransactionalOperator() {
        assertThat(context.getBeanNamesForType(TransactionalOperator.class)).containsExactly("transactionalOperator");
    }

    private List<String> owners(DataScope scope) {
        Sql.Where where = new Sql.Where().within(scope);
        return where.bindTo(db.sql("select owner_id from helper_probe" + where.clause() + " order by owner_id"))
                .map(row -> row.get("owner_id", String.class)).all().collectList().block(WAIT);
    }

    private DatabaseClient.GenericExecuteSpec update(long version) {
        return db.sql("update helper_probe set version = version + 1 where id = :id and version = :version")
                .bind("id", first).bind("version", version);
    }

    private Mono<Void> insert(UUID id, String owner, String manager, String team, String shade, Instant seenAt) {
        return db.sql("""
                        insert into helper_probe (id, owner_id, manager_id, team, shade, seen_at, version)
                        values (:id, :owner, :manager, :team, :shade, :seenAt, 0)""")
                .bind("id", id).bind("owner", owner).bind("manager", Sql.orNull(manager)).bind("team", team)
                .bind("shade", Sql.orNull(shade)).bind("seenAt", Sql.orNull(seenAt, Instant.class))
                .then();
    }
}
