package com.acme.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.spi.ToolProvider;
import javax.tools.JavaCompiler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault suite's control endpoint against a real child JVM standing in for a service (a jar compiled here that
 * prints its pid and sleeps), so kill, restart and log handling are the real thing.
 */
class PlatformControlTest {

    static final ServiceDefinition LEAD = ServiceDefinition.byName("lead").orElseThrow();

    @TempDir
    static Path dir;

    static TokenIssuerServer server;
    static ServiceSupervisor supervisor;
    static Restartable<Resource> kafka;
    static final AtomicInteger kafkaStarts = new AtomicInteger();
    static final HttpClient http = HttpClient.newHttpClient();

    /** Stands in for Kafka: counts starts, knows whether it was closed. */
    static final class Resource implements AutoCloseable {
        volatile boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Path jar = sleeperJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Console console = new Console(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        supervisor = new ServiceSupervisor(console, http, java, null);
        supervisor.startAll(List.of(LEAD), s -> jar, s -> dir.resolve(s.module() + ".log"), s -> Map.of());
        kafka = Restartable.start("Kafka", () -> {
            kafkaStarts.incrementAndGet();
            return new Resource();
        });
        TokenMinter minter = new TokenMinter(DevIssuerKeys.loadOrCreate(dir.resolve("key.json")),
                "http://localhost:8090", Clock.systemUTC());
        DevClockForwarder clock = new DevClockForwarder(List::of, () -> minter.mint(TokenIssuerServer.DEV_CLOCK), http);
        server = new TokenIssuerServer(0, minter, clock, DemoUser.load(), DevClient.load())
                .with(PlatformControl.PATH, new PlatformControl(supervisor, Optional.empty(), kafka, console))
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        supervisor.close();
    }

    @Test
    void aServiceKilledWithSigkillIsStartedAgainWithItsLogKept() throws Exception {
        JsonNode before = json(get("/dev/platform")).path("services").path("lead-service");
        assertThat(before.path("state").asText()).isEqualTo("running");
        long pid = before.path("pid").asLong();
        awaitLogLine("sleeper " + pid);

        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        JsonNode dead = json(get("/dev/platform")).path("services").path("lead-service");
        assertThat(dead.path("state").asText()).isEqualTo("stopped");
        assertThat(dead.path("exitStatus").asInt()).isEqualTo(137);

        HttpResponse<String> started = post("/dev/platform/lead/start");
        assertThat(started.statusCode()).isEqualTo(200);
        long newPid = json(started).path("pid").asLong();
        assertThat(newPid).isNotEqualTo(pid);
        assertThat(ProcessHandle.of(newPid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        // The log of the killed run stays: the restart appends.
        awaitLogLine("sleeper " + newPid);
        assertThat(Files.readString(dir.resolve("lead-service.log"))).contains("sleeper " + pid);

        // Starting what runs changes nothing.
        assertThat(json(post("/dev/platform/lead-service/start")).path("pid").asLong()).isEqualTo(newPid);
    }

    @Test
    void kafkaIsStoppedAndStartedAsANewInstance() throws Exception {
        Resource first = kafka.current();
        int starts = kafkaStarts.get();

        JsonNode stopped = json(post("/dev/platform/kafka/stop"));
        assertThat(stopped.path("state").asText()).isEqualTo("stopped");
        assertThat(first.closed).isTrue();
        assertThat(json(get("/dev/platform")).path("kafka").path("state").asText()).isEqualTo("stopped");
        // A second stop changes nothing.
        assertThat(post("/dev/platform/kafka/stop").statusCode()).isEqualTo(200);

        JsonNode started = json(post("/dev/platform/kafka/start"));
        assertThat(started.path("state").asText()).isEqualTo("running");
        assertThat(kafkaStarts.get()).isEqualTo(starts + 1);
        assertThat(kafka.current()).isNotSameAs(first);

        Resource second = kafka.current();
        assertThat(json(post("/dev/platform/kafka/restart")).path("state").asText()).isEqualTo("running");
        assertThat(second.closed).isTrue();
        assertThat(kafkaStarts.get()).isEqualTo(starts + 2);
    }

    @Test
    void refusesWhatItCannotDo() throws Exception {
        // An existing PostgreSQL (CRM_DB_HOST) is not the platform's to stop.
        HttpResponse<String> external = post("/dev/platform/postgres/restart");
        assertThat(external.statusCode()).isEqualTo(409);
        assertThat(json(external).path("detail").asText()).contains("CRM_DB_HOST");
        assertThat(json(get("/dev/platform")).path("postgres").path("state").asText()).isEqualTo("external");
        // A service this run did not start.
        assertThat(post("/dev/platform/customer/start").statusCode()).isEqualTo(409);
        assertThat(post("/dev/platform/mainframe/start").statusCode()).isEqualTo(404);
        assertThat(post("/dev/platform/kafka/explode").statusCode()).isEqualTo(404);
        HttpResponse<String> getAction = get("/dev/platform/kafka/stop");
        assertThat(getAction.statusCode()).isEqualTo(405);
        assertThat(getAction.headers().firstValue("Allow")).hasValue("POST");
        assertThat(kafka.isRunning()).isTrue();
    }

    private static void awaitLogLine(String line) throws Exception {
        Path log = dir.resolve("lead-service.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!(Files.exists(log) && Files.readString(log).contains(line))) {
            assertThat(System.nanoTime()).as("'%s' in %s", line, log).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** A jar whose main prints "sleeper <pid>" and sleeps: a process the supervisor can start, kill and restart. */
    private static Path sleeperJar() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(src.resolve("Sleeper.java"), """
                public class Sleeper {
                    public static void main(String[] args) throws Exception {
                        System.out.println("sleeper " + ProcessHandle.current().pid());
                        Thread.sleep(600_000);
                    }
                }
                """);
        JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-d", classes.toString(), src.resolve("Sleeper.java").toString()))
                .isZero();
        Path jar = dir.resolve("sleeper.jar");
        int status = ToolProvider.findFirst("jar").orElseThrow()
                .run(System.out, System.err, "--create", "--file", jar.toString(), "--main-class", "Sleeper",
                        "-C", classes.toString(), ".");
        assertThat(status).isZero();
        return jar;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.MAPPER.readTree(response.body());
    }
}
