package com.acme.crm.chassis.it;

import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.test.TcpProxy;
import com.acme.crm.chassis.test.TestPlatformInitializer;
import com.acme.crm.chassis.test.TestTokens;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilter;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service reaches PostgreSQL through a {@link TcpProxy}; cutting it is the database going away. Requests then
 * answer 503 with {@code Retry-After} at once, readiness is DOWN and liveness UP; when the proxy is back the pool
 * heals (validation drops the dead connections) and the service answers again without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT20S")
@ContextConfiguration(initializers = DatabaseOutageIntegrationTest.ThroughProxy.class)
@TestPropertySource(properties = "crm.outage.retry-after=7s")
class DatabaseOutageIntegrationTest {

    static final int PORT = 39_543;
    private static String database;
    private static TcpProxy proxy;

    @Autowired
    WebTestClient web;

    @AfterEach
    void databaseIsBack() {
        restore();
    }

    @Test
    void aCommandWhileTheDatabaseIsDownIs503WithRetryAfterWithinASecond() throws IOException {
        createNote().expectStatus().isCreated(); // the pool holds live connections

        cut();
        long slowest = 0;
        for (int i = 0; i < 5; i++) {
            long begin = System.nanoTime();
            createNote().expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "7")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://crm.acme.com/problems/service-unavailable")
                    .jsonPath("$.retryAfterSeconds").isEqualTo(7);
            slowest = Math.max(slowest, millisSince(begin));
        }
        System.out.printf("MEASURED database refused: slowest of 5 requests answered 503 in %d ms%n", slowest);
        assertThat(slowest).isLessThan(1_000);
    }

    @Test
    void readinessIsDownAndLivenessUpWhileTheDatabaseIsDownAndBothRecoverWithoutARestart() throws IOException {
        cut();
        web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.components.r2dbc.status").isEqualTo("DOWN");
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        web.get().uri("/readyz").exchange().expectStatus().isEqualTo(503);
        web.get().uri("/livez").exchange().expectStatus().isOk();

        long begin = System.nanoTime();
        restore();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> createNote().returnResult(String.class).getStatus().value() == 201);
        System.out.printf("MEASURED recovery: first 201 %d ms after the database came back%n", millisSince(begin));
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components.r2dbc.status").isEqualTo("UP");
    }

    @Test
    void aWebFilterThatCannotReachTheDatabaseAnswers503Too() throws IOException {
        cut();
        web.get().uri(DatabaseFilter.PATH)
                .headers(h -> h.setBearerAuth(TestTokens.token("rep-1", "east", Role.SALES_REP)))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "7")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://crm.acme.com/problems/service-unavailable");
    }

    @Test
    void aDatabaseThatHangsIs503WithinTheAcquireTimeout() throws IOException {
        createNote().expectStatus().isCreated();
        cut();
        // Listens but never answers: a connection opens and its start-up then hangs, as behind a dead network path.
        try (ServerSocket silent = listenWithoutAnswering()) {
            long begin = System.nanoTime();
            createNote().expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "7");
            long elapsed = millisSince(begin);
            System.out.printf("MEASURED database hanging: 503 in %d ms (spring.r2dbc.pool.max-acquire-time 2s)%n",
                    elapsed);
            assertThat(elapsed).isLessThan(3_000);
        }
    }

    /** A listener on the proxy's port, once the cut connections have let go of it. */
    private static ServerSocket listenWithoutAnswering() throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            try {
                return new ServerSocket(PORT, 50, InetAddress.getLoopbackAddress());
            } catch (BindException stillInUse) {
                if (System.nanoTime() > deadline) {
                    throw stillInUse;
                }
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
    }

    private WebTestClient.ResponseSpec createNote() {
        return web.post().uri("/api/probe/notes")
                .headers(h -> h.setBearerAuth(TestTokens.token("rep-1", "east", Role.SALES_REP)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "during outage"))
                .exchange();
    }

    private static long millisSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
    }

    private static synchronized void cut() throws IOException {
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
    }

    private static synchronized void restore() {
        if (proxy == null) {
            proxy = TcpProxy.start(PORT, database);
        }
    }

    /**
     * The test platform, then the service's R2DBC pool (not Flyway) pointed at the proxy in front of its PostgreSQL.
     * One initializer calling the other: two listed initializers of equal order may run in either order.
     */
    static class ThroughProxy implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            new TestPlatformInitializer().initialize(context);
            URI direct = URI.create(context.getEnvironment().getRequiredProperty("spring.r2dbc.url").substring("r2dbc:".length()));
            database = direct.getHost() + ":" + direct.getPort();
            restore();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("database-through-proxy",
                    Map.of("spring.r2dbc.url", "r2dbc:postgresql://localhost:" + PORT + direct.getPath())));
        }
    }

    /** A WebFilter that reads the database before any controller, as an idempotency or audit filter would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DatabaseFilter {

        static final String PATH = "/api/probe/filtered";

        @Bean
        WebFilter databaseReadingFilter(DatabaseClient db) {
            return (exchange, chain) -> exchange.getRequest().getPath().value().equals(PATH)
                    ? db.sql("select 1").fetch().first().then(chain.filter(exchange))
                    : chain.filter(exchange);
        }
    }
}
