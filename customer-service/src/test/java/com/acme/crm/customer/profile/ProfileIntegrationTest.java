package com.acme.crm.customer.profile;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.test.CrmIntegrationTest;
import com.acme.crm.chassis.test.TestDatabase;
import com.acme.crm.chassis.test.TestTokens;
import com.acme.crm.customer.customer.LeadServiceStub;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C-11 end to end on the real PostgreSQL: the owner saves and reads the profile, a stale version is a 409, bad input
 * and a customer outside the scope change nothing, birthdays are masked and audited like contact data (B-3).
 */
@CrmIntegrationTest
class ProfileIntegrationTest extends LeadServiceStub {

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    Clock clock;

    private String team;
    private String owner;
    private UUID customer;
    private UUID chen;
    private UUID wang;

    @BeforeEach
    void customerWithTwoContacts() {
        team = TestTokens.uniqueTeam();
        owner = "rep-" + team;
        customer = seedCustomer(owner, team);
        chen = seedContact(customer, "Chen Jie", LocalDate.of(1980, 5, 1));
        wang = seedContact(customer, "Wang Fang", null);
    }

    @Test
    void c11_theOwnerSavesTheProfileVersionedAndAStaleVersionIs409() {
        String rep = TestTokens.rep(owner, team);
        get(rep).expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.birthdays[?(@.name == 'Chen Jie')].birthday").isEqualTo("1980-05-01");

        put(rep, profile(0, Map.of("budget", 800000, "decisionTime", "2027-03-31", "anniversary", "1998-03-15",
                "preferences", "wants a local service engineer",
                "decisionChain", List.of(Map.of("name", "Chen Jie", "title", "plant director",
                        "influence", "DECISION_MAKER", "contactId", chen.toString()),
                        Map.of("name", "Zhao Min", "influence", "GATEKEEPER")),
                "birthdays", List.of(Map.of("contactId", wang.toString(), "birthday", "1985-02-28")))))
                .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1);

        get(rep).expectStatus().isOk().expectBody()
                .jsonPath("$.budget").isEqualTo(800000.0)
                .jsonPath("$.anniversary").isEqualTo("1998-03-15")
                .jsonPath("$.decisionChain[1].influence").isEqualTo("GATEKEEPER")
                .jsonPath("$.birthdays[?(@.name == 'Wang Fang')].birthday").isEqualTo("1985-02-28")
                .jsonPath("$.birthdays[?(@.name == 'Chen Jie' && @.birthday == null)]").isNotEmpty();

        put(rep, profile(0, Map.of("budget", 1))).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(count("select count(*) from customer_profile where customer_id = '" + customer + "'"
                + " and version = 1 and budget = 800000")).isEqualTo(1);
        assertThat(count("select count(*) from audit_log where resource_id = '" + customer + "'"
                + " and action = 'PROFILE_UPDATED' and details::text like '%birthdays%'"
                + " and details::text not like '%1985%'")).as("field names audited, never a birthday").isEqualTo(1);
        web.get().uri("/api/customers/{id}/history", customer).headers(h -> h.setBearerAuth(rep)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.action == 'PROFILE_UPDATED')]").exists();
    }

    @Test
    void c11_badInputAndACustomerOutsideTheScopeWriteNothing() {
        String rep = TestTokens.rep(owner, team);
        UUID strangersContact = seedContact(seedCustomer("rep-other", TestTokens.uniqueTeam()), "Liu Yang", null);

        put(rep, profile(0, Map.of("budget", -5))).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("budget");
        put(rep, profile(0, Map.of("birthdays", List.of(Map.of("contactId", strangersContact.toString(),
                "birthday", "1980-01-01"))))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("birthdays[0].contactId");
        put(TestTokens.rep("rep-elsewhere", TestTokens.uniqueTeam()), profile(0, Map.of("budget", 5)))
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        get(TestTokens.manager("mgr-elsewhere", TestTokens.uniqueTeam())).expectStatus().isNotFound();

        assertThat(count("select count(*) from customer_profile where customer_id = '" + customer + "'")).isZero();
        assertThat(count("select count(*) from customer_profile_birthday where customer_id = '" + customer + "'"))
                .isZero();
        assertThat(count("select count(*) from audit_log where resource_id = '" + customer + "'"
                + " and action = 'PROFILE_UPDATED'")).isZero();
        assertThat(count("select count(*) from outbox_event where message_key = '" + customer + "'")).isZero();
    }

    @Test
    void b3_c11_birthdaysAreMaskedOutsideTheSalesTeamAndAManagersReadIsAudited() {
        String manager = TestTokens.manager("mgr-" + team, team);
        get(TestTokens.token("agent-" + team, team, Role.SERVICE_AGENT)).expectStatus().isOk().expectBody()
                .jsonPath("$.masked").isEqualTo(true)
                .jsonPath("$.birthdays[0].birthday").doesNotExist();
        get(manager).expectStatus().isOk().expectBody()
                .jsonPath("$.masked").isEqualTo(false)
                .jsonPath("$.birthdays[?(@.name == 'Chen Jie')].birthday").isEqualTo("1980-05-01");
        assertThat(count("select count(*) from audit_log where action = 'CONTACT_READ' and resource_id = '" + customer
                + "' and actor = 'mgr-" + team + "'")).isEqualTo(1);

        String system = TestTokens.systemToken("erp", Scopes.CUSTOMERS_READ, Scopes.CUSTOMERS_WRITE);
        put(system, profile(0, Map.of("birthdays", List.of()))).expectStatus().isForbidden()
                .expectBody().jsonPath("$.rule").isEqualTo("B-3");
        put(system, profile(0, Map.of("budget", 100))).expectStatus().isOk().expectBody()
                .jsonPath("$.masked").isEqualTo(true).jsonPath("$.birthdays[0].birthday").doesNotExist();
        get(TestTokens.rep(owner, team)).expectStatus().isOk().expectBody()
                .jsonPath("$.birthdays[?(@.name == 'Chen Jie')].birthday").isEqualTo("1980-05-01");

        String support = TestTokens.token("sup-" + team, null, Role.SALES_SUPPORT);
        put(support, profile(1, Map.of("preferences", "quiet"))).expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(2);
    }

    private Map<String, Object> profile(long version, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", version);
        return body;
    }

    private WebTestClient.ResponseSpec get(String token) {
        return web.get().uri("/api/customers/{id}/profile", customer).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private WebTestClient.ResponseSpec put(String token, Map<String, Object> body) {
        return web.put().uri("/api/customers/{id}/profile", customer).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private UUID seedCustomer(String ownerId, String teamName) {
        UUID id = UUID.randomUUID();
        db.sql("""
                        insert into customer (id, company, owner_id, team, tier, registered_at, registered_by, updated_at)
                        values (:id, 'Profile Co ' || :id, :owner, :team, 'B', :now, 'test', :now)""")
                .bind("id", id).bind("owner", ownerId).bind("team", teamName).bind("now", clock.instant())
                .then().block(Duration.ofSeconds(10));
        return id;
    }

    private UUID seedContact(UUID customerId, String name, LocalDate birthday) {
        UUID id = UUID.randomUUID();
        var insert = db.sql("insert into customer_contact (id, customer_id, name, birthday) values (:id, :c, :n, :b)")
                .bind("id", id).bind("c", customerId).bind("n", name);
        (birthday == null ? insert.bindNull("b", LocalDate.class) : insert.bind("b", birthday))
                .then().block(Duration.ofSeconds(10));
        return id;
    }

    private long count(String sql) {
        return TestDatabase.count(db, sql);
    }
}
