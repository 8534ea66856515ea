package com.acme.crm.customer.customer.persistence;

import com.acme.crm.chassis.persistence.Sql;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.ContactPerson;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerQuery;
import com.acme.crm.customer.customer.CustomerState;
import com.acme.crm.customer.customer.Customers;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static com.acme.crm.chassis.persistence.RowValues.instant;
import static com.acme.crm.customer.customer.persistence.CustomerRows.CUSTOMER_COLUMNS;

/** Customers with plain SQL; lists are bounded and served by indexes. */
@Repository
class R2dbcCustomers implements Customers {

    private static final String UPDATE = """
            update customer set owner_id = :owner, account_manager_id = :accountManager, tier = :tier,
              tier_pinned = :pinned, tier_pin_reason = :pinReason, trailing_purchases = :trailing,
              last_purchase_at = :lastPurchase, paused_until = :paused, last_contact_at = :lastContact,
              last_outbound_contact_at = :lastOutbound, dormant_at = :dormant,
              visits_without_progress = :withoutProgress, version = version + 1, updated_at = :now
            where id = :id and version = :version""";

    private final DatabaseClient db;
    private final Clock clock;

    R2dbcCustomers(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Mono<Void> insert(CustomerState c) {
        return bind(db.sql("""
                        insert into customer (id, company, industry, scale, decision_chain, owner_id, team,
                          account_manager_id, tier, tier_pinned, tier_pin_reason, trailing_purchases, last_purchase_at,
                          lead_id, registered_at, registered_by, paused_until, last_contact_at, last_outbound_contact_at,
                          dormant_at, visits_without_progress, version, updated_at)
                        values (:id, :company, :industry, :scale, :decisionChain, :owner, :team, :accountManager, :tier,
                          :pinned, :pinReason, :trailing, :lastPurchase, :leadId, :registeredAt, :registeredBy, :paused,
                          :lastContact, :lastOutbound, :dormant, :withoutProgress, 0, :now)"""), c)
                .bind("company", c.company())
                .bind("industry", Sql.orNull(c.industry()))
                .bind("scale", Sql.orNull(c.scale()))
                .bind("decisionChain", Sql.orNull(c.decisionChain()))
                .bind("team", c.team())
                .bind("leadId", Sql.orNull(c.leadId(), UUID.class))
                .bind("registeredAt", c.registeredAt())
                .bind("registeredBy", c.registeredBy())
                .then();
    }

    @Override
    public Mono<Void> update(Customer customer) {
        return update(customer.state());
    }

    private Mono<Void> update(CustomerState c) {
        return Sql.versionedUpdate(bind(db.sql(UPDATE), c).bind("version", c.version()), "Customer", c.id());
    }

    private DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, CustomerState c) {
        return spec.bind("id", c.id())
                .bind("owner", c.ownerId())
                .bind("accountManager", Sql.orNull(c.accountManagerId()))
                .bind("tier", c.tier().name())
                .bind("pinned", c.tierPinned())
                .bind("pinReason", Sql.orNull(c.tierPinReason()))
                .bind("trailing", c.trailingPurchases())
                .bind("lastPurchase", Sql.orNull(c.lastPurchaseAt(), Instant.class))
                .bind("paused", Sql.orNull(c.pausedUntil(), Instant.class))
                .bind("lastContact", Sql.orNull(c.lastContactAt(), Instant.class))
                .bind("lastOutbound", Sql.orNull(c.lastOutboundContactAt(), Instant.class))
                .bind("dormant", Sql.orNull(c.dormantAt(), Instant.class))
                .bind("withoutProgress", c.visitsWithoutProgress())
                .bind("now", clock.instant());
    }

    @Override
    public Mono<Customer> findById(UUID id) {
        return db.sql("select " + CUSTOMER_COLUMNS + " from customer where id = :id").bind("id", id)
                .map(CustomerRows::customer).one();
    }

    @Override
    public Mono<Customer> lockById(UUID id) {
        return db.sql("select " + CUSTOMER_COLUMNS + " from customer where id = :id for update").bind("id", id)
                .map(CustomerRows::customer).one();
    }

    @Override
    public Flux<Customer> findAllById(Collection<UUID> ids) {
        return db.sql("select " + CUSTOMER_COLUMNS + " from customer where id = any(:ids)")
                .bind("ids", ids.toArray(UUID[]::new))
                .map(CustomerRows::customer).all();
    }

    @Override
    public Mono<Customer> findByLeadId(UUID leadId) {
        return db.sql("select " + CUSTOMER_COLUMNS + " from customer where lead_id = :id").bind("id", leadId)
                .map(CustomerRows::customer).one();
    }

    @Override
    public Mono<PageResponse<CustomerState>> search(CustomerQuery query, DataScope scope, PageRequest page, Instant now) {
        Sql.Where where = scoped(scope);
        if (query.ownerId() != null) {
            where.and("owner_id = :owner", "owner", query.ownerId());
        }
        if (query.team() != null) {
            where.and("team = :team", "team", query.team());
        }
        if (query.tier() != null) {
            where.and("tier = :tier", "tier", query.tier().name());
        }
        if (query.dormant() != null) {
            where.and(query.dormant() ? "dormant_at is not null" : "dormant_at is null");
        }
        if (query.overdue() != null) {
            String overdue = "exists (select 1 from customer_task t where t.customer_id = customer.id"
                    + " and t.done_at is null and t.due_at < :now)";
            where.and(query.overdue() ? overdue : "not " + overdue, "now", now);
        }
        Mono<Long> total = where.bindTo(db.sql("select count(*) from customer" + where.clause()))
                .map(row -> row.get(0, Long.class)).one();
        Mono<List<CustomerState>> items = where.bindTo(db.sql("select " + CUSTOMER_COLUMNS + " from customer"
                        + where.clause() + " order by company, id limit :limit offset :offset")
                        .bind("limit", page.size()).bind("offset", page.offset()))
                .map(CustomerRows::state).all().collectList();
        return Mono.zip(items, total).map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    /** A rep sees the customers they own or manage the account of. */
    private static Sql.Where scoped(DataScope scope) {
        return new Sql.Where().within(scope, "team", "owner_id", "account_manager_id");
    }

    @Override
    public Mono<Void> insertContacts(UUID customerId, List<ContactPerson> people) {
        return Flux.fromIterable(people).concatMap(p -> db.sql("""
                        insert into customer_contact (id, customer_id, name, title, phone, email, wechat, birthday,
                          phone_fingerprint, email_fingerprint)
                        values (:id, :customer, :name, :title, :phone, :email, :wechat, :birthday, :phoneFp, :emailFp)""")
                .bind("id", p.id()).bind("customer", customerId).bind("name", p.name())
                .bind("title", Sql.orNull(p.title())).bind("phone", Sql.orNull(p.phone()))
                .bind("email", Sql.orNull(p.email())).bind("wechat", Sql.orNull(p.wechat()))
                .bind("birthday", Sql.orNull(p.birthday(), LocalDate.class))
                .bind("phoneFp", Sql.orNull(p.phoneFingerprint())).bind("emailFp", Sql.orNull(p.emailFingerprint()))
                .then()).then();
    }

    @Override
    public Flux<ContactPerson> contacts(UUID customerId) {
        return db.sql("""
                        select id, name, title, phone, email, wechat, birthday, phone_fingerprint, email_fingerprint
                        from customer_contact where customer_id = :id order by name limit 200""")
                .bind("id", customerId)
                .map(row -> new ContactPerson(row.get("id", UUID.class), row.get("name", String.class),
                        row.get("title", String.class), row.get("phone", String.class), row.get("email", String.class),
                        row.get("wechat", String.class), row.get("birthday", LocalDate.class),
                        row.get("phone_fingerprint", String.class), row.get("email_fingerprint", String.class)))
                .all();
    }

    @Override
    public Mono<UUID> withFingerprints(Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        select customer_id from customer_contact
                        where phone_fingerprint = any(:fps) or email_fingerprint = any(:fps) limit 1""")
                .bind("fps", fingerprints.toArray(String[]::new))
                .map(row -> row.get(0, UUID.class)).one();
    }

    @Override
    public Mono<Boolean> recordPurchase(UUID orderId, UUID customerId, BigDecimal amount, Instant signedAt) {
        return db.sql("""
                        insert into customer_purchase (order_id, customer_id, amount, signed_at)
                        values (:order, :customer, :amount, :signedAt) on conflict (order_id) do nothing""")
                .bind("order", orderId).bind("customer", customerId).bind("amount", amount).bind("signedAt", signedAt)
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<Purchases> purchases(UUID customerId, Instant since) {
        return db.sql("""
                        select coalesce(sum(amount) filter (where signed_at > :since), 0) as trailing,
                               max(signed_at) as last from customer_purchase where customer_id = :id""")
                .bind("id", customerId).bind("since", since)
                .map(row -> new Purchases(row.get("trailing", BigDecimal.class), instant(row, "last")))
                .one();
    }

    @Override
    public Flux<UUID> staleTiers(Instant since, int limit) {
        return db.sql("""
                        select c.id from customer c
                        where c.trailing_purchases <> coalesce((select sum(p.amount) from customer_purchase p
                          where p.customer_id = c.id and p.signed_at > :since), 0)
                        order by c.id limit :limit for update of c skip locked""")
                .bind("since", since).bind("limit", limit)
                .map(row -> row.get(0, UUID.class)).all();
    }

    @Override
    public Flux<Customer> lockDormancyCandidates(Instant cutoff, int limit) {
        return db.sql("select " + CUSTOMER_COLUMNS + " from customer where dormant_at is null"
                        + " and coalesce(last_purchase_at, registered_at) < :cutoff"
                        + " order by coalesce(last_purchase_at, registered_at) limit :limit for update skip locked")
                .bind("cutoff", cutoff).bind("limit", limit)
                .map(CustomerRows::customer).all();
    }

    @Override
    public Flux<Customer> lockEndedPauses(Instant now, int limit) {
        return db.sql("select " + CUSTOMER_COLUMNS + " from customer where paused_until is not null"
                        + " and paused_until <= :now order by paused_until limit :limit for update skip locked")
                .bind("now", now).bind("limit", limit)
                .map(CustomerRows::customer).all();
    }

    @Override
    public Flux<String> lockTeamsOfHandover(DataScope scope, @Nullable String fromOwner, List<UUID> customerIds) {
        Sql.Where where = handedOver(scope, fromOwner, customerIds);
        return where.bindTo(db.sql("select distinct team from customer where id in (select id from customer"
                        + where.clause() + " for update) order by team"))
                .map(row -> row.get(0, String.class)).all();
    }

    private static Sql.Where handedOver(DataScope scope, @Nullable String fromOwner, List<UUID> customerIds) {
        Sql.Where where = scoped(scope);
        if (fromOwner != null) {
            where.and("owner_id = :from", "from", fromOwner);
        }
        if (!customerIds.isEmpty()) {
            where.and("id = any(:ids)", "ids", customerIds.toArray(UUID[]::new));
        }
        return where;
    }

    @Override
    public Flux<Customer> handoverBatch(DataScope scope, @Nullable String fromOwner, List<UUID> customerIds,
                                       @Nullable UUID after, int limit) {
        Sql.Where where = handedOver(scope, fromOwner, customerIds);
        if (after != null) {
            where.and("id > :after", "after", after);
        }
        return where.bindTo(db.sql("select " + CUSTOMER_COLUMNS + " from customer" + where.clause()
                        + " order by id limit :limit").bind("limit", limit))
                .map(CustomerRows::customer).all();
    }

    @Override
    public Mono<Void> updateOwners(List<Customer> customers) {
        if (customers.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        update customer c set owner_id = x.owner, version = c.version + 1, updated_at = :now
                        from unnest(:ids, :owners, :versions) as x(id, owner, version)
                        where c.id = x.id and c.version = x.version""")
                .bind("ids", customers.stream().map(Customer::id).toArray(UUID[]::new))
                .bind("owners", customers.stream().map(Customer::ownerId).toArray(String[]::new))
                .bind("versions", customers.stream().map(Customer::version).toArray(Long[]::new))
                .bind("now", clock.instant())
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == customers.size() ? Mono.<Void>empty()
                        : Mono.error(new OptimisticLockingFailureException((customers.size() - rows)
                                + " of the customers handed over were changed concurrently")));
    }
}
