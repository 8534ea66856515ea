import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The fault suite (issue 9), run by {@code infra/faults/run.sh} against a running local platform ({@code ./crm up}):
 * a steady capture load (POST /api/leads, each with its own Idempotency-Key, retried with the same key and body on
 * connection errors, 5xx, 429 and 409 "in progress", like a well-behaved client) while it kills each service with
 * SIGKILL and starts it again, restarts PostgreSQL and stops Kafka for a minute. Then, per fault: requests
 * acknowledged, leads committed, events published, leads counted downstream (analytics-service), lost, doubled and
 * the time to recover. Exit status 0 only when nothing was lost or doubled.
 *
 * <p>Run with the PostgreSQL driver and kafka-clients on the class path (run.sh takes them from the platform jar):
 * {@code java -cp 'infra/faults/lib/*' infra/faults/FaultSuite.java}. Settings are system properties:
 * {@code -Drate=25} (requests per second), {@code -Dfaults=kill-lead,restart-postgres,...},
 * {@code -Dkafka.outage=60} (seconds), {@code -Dreport=path} (the table is also written there).
 */
public class FaultSuite {

    static final String ISSUER = "http://localhost:8090";
    static final String JDBC = "jdbc:postgresql://localhost:15432/";
    static final String TOPIC = "crm.lead.events";
    static final String CAPTURED = "crm.lead.captured.v1";
    static final Map<String, String> SERVICES = Map.of("lead", "http://localhost:8081",
            "customer", "http://localhost:8082", "analytics", "http://localhost:8085");
    static final List<String> ALL_FAULTS = List.of("kill-lead", "kill-customer", "kill-analytics",
            "restart-postgres", "stop-kafka");
    /** A client gives a request this long (from its first attempt) before it gives up. */
    static final Duration GIVE_UP = Duration.ofSeconds(150);
    static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(150);
    static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(120);
    static final Duration STEADY = Duration.ofSeconds(8);

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    final long t0 = System.nanoTime();
    final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    final String owner = "fault-rep-" + run;
    final double rate = Double.parseDouble(System.getProperty("rate", "25"));
    final int kafkaOutage = Integer.parseInt(System.getProperty("kafka.outage", "60"));
    final List<String> faults = List.of(System.getProperty("faults", String.join(",", ALL_FAULTS)).split(","));
    final List<Phase> phases = new ArrayList<>();
    final List<Request> requests = new ArrayList<>();
    /** Each attempt's end (nanos since t0) and whether it got a 2xx, for the recovery times. */
    final ConcurrentLinkedQueue<long[]> attempts = new ConcurrentLinkedQueue<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final ExecutorService clients = Executors.newCachedThreadPool(daemon("client"));
    volatile Phase current;
    volatile boolean loadRunning = true;
    String token;
    String summary = "";

    /** One fault (or the steady start) and what happened to the requests first sent during it. */
    static final class Phase {
        final String name;
        final List<Request> requests = new ArrayList<>();
        long faultAt = -1;
        String recovery = "-";
        Double outage;
        Double ready;
        Double caughtUp;
        final List<String> notes = new ArrayList<>();
        Map<String, Object> result = new LinkedHashMap<>();

        Phase(String name) {
            this.name = name;
        }
    }

    /** One logical capture: one key, one body, as many attempts as it takes. */
    static final class Request {
        final int seq;
        final String key = UUID.randomUUID().toString();
        final String body;
        volatile int attempts;
        volatile int status = -1;
        volatile boolean replayed;
        volatile String outcome;
        volatile String lastError;

        Request(int seq, String body) {
            this.seq = seq;
            this.body = body;
        }

        boolean acknowledged() {
            return status / 100 == 2;
        }
    }

    public static void main(String[] args) throws Exception {
        FaultSuite suite = new FaultSuite();
        int status = suite.runAll();
        System.exit(status);
    }

    int runAll() throws Exception {
        long begin = System.nanoTime();
        log("fault suite run " + run + ": " + rate + " captures/s as " + owner + ", faults " + faults);
        awaitPlatformReady();
        token = token();
        Thread load = new Thread(this::load, "load");
        current = new Phase("steady (no fault)");
        phases.add(current);
        load.start();
        sleep(STEADY);
        for (String fault : faults) {
            Phase phase = new Phase(fault.trim());
            synchronized (requests) {
                phases.add(phase);
                current = phase;
            }
            sleep(Duration.ofSeconds(3));
            inject(phase);
            sleep(Duration.ofSeconds(3));
        }
        loadRunning = false;
        load.join();
        log("load stopped; waiting for " + inFlight.get() + " requests still retrying");
        long deadline = System.nanoTime() + GIVE_UP.toNanos() + Duration.ofSeconds(15).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(200));
        }
        log("settling: waiting until every committed lead is published and counted");
        awaitCaughtUp(null, CATCH_UP_TIMEOUT);
        boolean clean = evaluate();
        String report = report(Duration.ofNanos(System.nanoTime() - begin));
        System.out.println(report);
        String reportPath = System.getProperty("report");
        if (reportPath != null && !reportPath.isBlank()) {
            Files.writeString(Path.of(reportPath), report);
            log("report written to " + reportPath);
        }
        clients.shutdownNow();
        return clean ? 0 : 1;
    }

    // ---------------------------------------------------------------- load

    void load() {
        long intervalNanos = (long) (1_000_000_000L / rate);
        long next = System.nanoTime();
        int seq = 0;
        while (loadRunning) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                sleep(Duration.ofNanos(wait));
            }
            next += intervalNanos;
            seq++;
            Request request = new Request(seq, body(seq));
            synchronized (requests) {
                requests.add(request);
                current.requests.add(request);
            }
            inFlight.incrementAndGet();
            clients.execute(() -> {
                try {
                    send(request);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
    }

    String body(int seq) {
        // A unique phone per request: L-3 would merge two captures of the same phone into one lead.
        String digits = String.format(Locale.ROOT, "%09d", (Math.abs(run.hashCode()) % 1000) * 1_000_000L + seq);
        return "{\"name\":\"Load " + run + "-" + seq + "\",\"company\":\"Fault suite " + run + "\","
                + "\"phone\":\"+86 13" + digits + "\",\"channel\":\"TRADE_SHOW\",\"notes\":\"fault-suite %s\"}";
    }

    void send(Request request) {
        long first = System.nanoTime();
        long backoff = 200;
        String body = request.body.formatted(request.key);
        while (true) {
            request.attempts++;
            HttpRequest http = HttpRequest.newBuilder(URI.create(SERVICES.get("lead") + "/api/leads"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", request.key)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            boolean retry;
            try {
                HttpResponse<String> response = this.http.send(http, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                attempts.add(new long[] {System.nanoTime() - t0, status / 100 == 2 ? 1 : 0});
                if (status / 100 == 2) {
                    request.status = status;
                    request.replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
                    request.outcome = status == 201 ? "CREATED" : field(response.body(), "outcome");
                    return;
                }
                retry = status >= 500 || status == 429
                        || (status == 409 && response.body().contains("idempotency-key-in-use"));
                request.status = status;
                request.lastError = "HTTP " + status + " " + abbreviate(response.body());
            } catch (IOException e) {
                attempts.add(new long[] {System.nanoTime() - t0, 0});
                retry = true;
                request.lastError = e.getClass().getSimpleName() + (e instanceof ConnectException ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!retry || System.nanoTime() - first > GIVE_UP.toNanos()) {
                return;
            }
            sleep(Duration.ofMillis(backoff + ThreadLocalRandom.current().nextLong(backoff / 2 + 1)));
            backoff = Math.min(backoff * 2, 2000);
        }
    }

    // ---------------------------------------------------------------- faults

    void inject(Phase phase) throws Exception {
        log("fault " + phase.name + " ...");
        switch (phase.name) {
            case "kill-lead", "kill-customer", "kill-analytics" -> {
                String service = phase.name.substring("kill-".length());
                long pid = pidOf(service);
                phase.faultAt = now();
                Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
                kill.waitFor();
                ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
                // The platform does not restart a dead service on its own; an orchestrator would, at once.
                platform("POST", "/dev/platform/" + service + "/start");
                phase.recovery = "kill -9 (pid " + pid + "), started again";
            }
            case "restart-postgres" -> {
                phase.faultAt = now();
                String answer = platform("POST", "/dev/platform/postgres/restart");
                phase.recovery = "PostgreSQL stopped (fast) and started: " + field(answer, "tookMs") + " ms";
            }
            case "stop-kafka" -> {
                phase.faultAt = now();
                platform("POST", "/dev/platform/kafka/stop");
                log("Kafka stopped; starting it again in " + kafkaOutage + " s");
                sleep(Duration.ofSeconds(kafkaOutage));
                platform("POST", "/dev/platform/kafka/start");
                phase.recovery = "Kafka stopped " + kafkaOutage + " s, started";
            }
            default -> throw new IllegalArgumentException("unknown fault " + phase.name + "; known: " + ALL_FAULTS);
        }
        long readyAt = awaitAllReady(RECOVERY_TIMEOUT);
        phase.ready = seconds(readyAt - phase.faultAt);
        phase.outage = outage(phase.faultAt);
        Long caughtUp = awaitCaughtUp(phase.faultAt, CATCH_UP_TIMEOUT);
        phase.caughtUp = caughtUp == null ? null : seconds(caughtUp - phase.faultAt);
        if (caughtUp == null) {
            phase.notes.add("downstream had not caught up " + CATCH_UP_TIMEOUT.toSeconds() + " s after the fault");
        }
        log(String.format(Locale.ROOT, "fault %s: all ready after %.1f s, capture outage %.1f s, downstream caught up after %s",
                phase.name, phase.ready, phase.outage, phase.caughtUp == null ? "(never)" : phase.caughtUp + " s"));
    }

    /** Seconds from the fault to the first successful capture after the first failed one (0 when none failed). */
    double outage(long faultAt) {
        long firstFailure = Long.MAX_VALUE;
        for (long[] a : attempts) {
            if (a[0] >= faultAt && a[1] == 0) {
                firstFailure = Math.min(firstFailure, a[0]);
            }
        }
        if (firstFailure == Long.MAX_VALUE) {
            return 0;
        }
        long firstOk = Long.MAX_VALUE;
        for (long[] a : attempts) {
            if (a[0] > firstFailure && a[1] == 1) {
                firstOk = Math.min(firstOk, a[0]);
            }
        }
        return firstOk == Long.MAX_VALUE ? Double.NaN : seconds(firstOk - faultAt);
    }

    /**
     * Waits until every lead of this run committed more than two seconds ago (or, with {@code after} null, every
     * lead) is published and counted by analytics-service; returns when that was first seen, or null on timeout.
     */
    Long awaitCaughtUp(Long after, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Instant cutoff = after == null ? Instant.now().plusSeconds(3600) : Instant.now().minusSeconds(2);
                long committed = count("crm_lead",
                        "select count(*) from lead where owner_id = ? and captured_at < ?", cutoff);
                long unpublished = count("crm_lead", "select count(*) from outbox_event o join lead l on "
                        + "l.id::text = o.message_key where l.owner_id = ? and l.captured_at < ? "
                        + "and o.published_at is null", cutoff);
                long counted = count("crm_analytics",
                        "select count(*) from funnel_lead where owner_id = ? and captured_at < ?", cutoff);
                if (committed == counted && unpublished == 0) {
                    return now();
                }
            } catch (SQLException e) {
                // PostgreSQL may be restarting; try again.
            }
            sleep(Duration.ofMillis(500));
        }
        return null;
    }

    // ---------------------------------------------------------------- counting

    boolean evaluate() throws Exception {
        Map<String, List<String>> leadsByKey = new HashMap<>();
        Map<String, String> keyOfLead = new HashMap<>();
        try (Connection db = connect("crm_lead");
             PreparedStatement query = db.prepareStatement("select id, notes from lead where owner_id = ?")) {
            query.setString(1, owner);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    String key = rows.getString(2).substring("fault-suite ".length());
                    leadsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
                    keyOfLead.put(id, key);
                }
            }
        }
        Set<String> published = new HashSet<>();
        Map<String, Integer> outboxRows = new HashMap<>();
        try (Connection db = connect("crm_lead");
             PreparedStatement query = db.prepareStatement("select o.message_key, o.published_at from outbox_event o "
                     + "join lead l on l.id::text = o.message_key where l.owner_id = ? and o.event_type = ?")) {
            query.setString(1, owner);
            query.setString(2, CAPTURED);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    outboxRows.merge(rows.getString(1), 1, Integer::sum);
                    if (rows.getTimestamp(2) != null) {
                        published.add(rows.getString(1));
                    }
                }
            }
        }
        Map<String, Integer> onTopic = topicCounts(keyOfLead.keySet());
        Set<String> counted = new HashSet<>();
        try (Connection db = connect("crm_analytics");
             PreparedStatement query = db.prepareStatement("select lead_id from funnel_lead where owner_id = ?")) {
            query.setString(1, owner);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counted.add(rows.getString(1));
                }
            }
        }
        long apiCount = funnelApiCount();
        boolean clean = true;
        for (Phase phase : phases) {
            int acked = 0, committed = 0, committedUnacked = 0, lostAcked = 0, doubled = 0, retried = 0;
            int replayed = 0, merged = 0, failed = 0, pub = 0, topic = 0, topicExtra = 0, downstream = 0;
            int lostDownstream = 0, outboxDoubled = 0;
            for (Request r : phase.requests) {
                List<String> leads = leadsByKey.getOrDefault(r.key, List.of());
                if (r.acknowledged()) {
                    acked++;
                } else {
                    failed++;
                    if (!leads.isEmpty()) {
                        committedUnacked++;
                    }
                }
                if (r.attempts > 1) {
                    retried++;
                }
                if (r.replayed) {
                    replayed++;
                }
                if ("MERGED".equals(r.outcome)) {
                    merged++;
                }
                if (r.acknowledged() && leads.isEmpty()) {
                    lostAcked++;
                }
                if (leads.size() > 1) {
                    doubled += leads.size() - 1;
                }
                committed += leads.size();
                for (String lead : leads) {
                    if (outboxRows.getOrDefault(lead, 0) > 1) {
                        outboxDoubled++;
                    }
                    if (published.contains(lead)) {
                        pub++;
                    }
                    int records = onTopic.getOrDefault(lead, 0);
                    if (records > 0) {
                        topic++;
                        topicExtra += records - 1;
                    }
                    if (counted.contains(lead)) {
                        downstream++;
                    } else {
                        lostDownstream++;
                    }
                }
            }
            int lost = lostAcked + lostDownstream;
            int doubledTotal = doubled + outboxDoubled;
            clean &= lost == 0 && doubledTotal == 0;
            Map<String, Object> r = phase.result;
            r.put("sent", phase.requests.size());
            r.put("acked", acked);
            r.put("retried", retried);
            r.put("replayed", replayed);
            r.put("merged", merged);
            r.put("unacked", failed);
            r.put("committed", committed);
            r.put("committedUnacked", committedUnacked);
            r.put("published", pub);
            r.put("onTopic", topic);
            r.put("redelivered", topicExtra);
            r.put("counted", downstream);
            r.put("lost", lost);
            r.put("doubled", doubledTotal);
            if (lostAcked > 0) {
                phase.notes.add(lostAcked + " acknowledged requests have no lead");
            }
            if (lostDownstream > 0) {
                phase.notes.add(lostDownstream + " committed leads not counted by analytics");
            }
            if (doubled > 0) {
                phase.notes.add(doubled + " extra leads for one request");
            }
            if (outboxDoubled > 0) {
                phase.notes.add(outboxDoubled + " leads with two captured events in the outbox");
            }
            if (failed > 0) {
                Map<String, Integer> errors = new LinkedHashMap<>();
                phase.requests.stream().filter(q -> !q.acknowledged())
                        .forEach(q -> errors.merge(String.valueOf(q.lastError), 1, Integer::sum));
                phase.notes.add(failed + " requests never acknowledged (" + committedUnacked + " of them committed): "
                        + errors);
            }
        }
        int totalCommitted = keyOfLead.size();
        if (apiCount != totalCommitted) {
            clean = false;
        }
        summary = "Whole run: " + totalCommitted + " leads committed, analytics-service's funnel API counts " + apiCount
                + " CAPTURED for " + owner + (apiCount == totalCommitted ? "." : ": MISMATCH.");
        return clean;
    }

    /** The lead-captured records on the topic per lead id (more than one = a redelivery the consumers must absorb). */
    Map<String, Integer> topicCounts(Set<String> leads) {
        Properties config = new Properties();
        config.put("bootstrap.servers", "localhost:9092");
        config.put("enable.auto.commit", "false");
        config.put("key.deserializer", StringDeserializer.class.getName());
        config.put("value.deserializer", StringDeserializer.class.getName());
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(20)).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline
                    && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header type = record.headers().lastHeader("ce_type");
                    if (record.key() != null && leads.contains(record.key()) && type != null
                            && new String(type.value(), StandardCharsets.UTF_8).equals(CAPTURED)) {
                        counts.merge(record.key(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    long funnelApiCount() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(SERVICES.get("analytics")
                        + "/api/analytics/funnel")).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"stage\"\\s*:\\s*\"CAPTURED\"\\s*,\\s*\"count\"\\s*:\\s*(\\d+)")
                .matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("funnel API answered " + response.statusCode() + ": " + response.body());
        }
        return Long.parseLong(m.group(1));
    }

    // ---------------------------------------------------------------- report

    String report(Duration took) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%n## Fault suite run %s (%s, %.0f captures/s, %d s)%n%n", run,
                Instant.now().toString().substring(0, 19) + "Z", rate, took.toSeconds()));
        b.append("| fault | sent | acked | committed | published | on topic | counted | lost | doubled "
                + "| retried | replayed | merged | unacked | capture outage s | all ready s | caught up s |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Phase p : phases) {
            Map<String, Object> r = p.result;
            b.append(String.format(Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s | **%s** | **%s** | %s | %s | %s | %s | %s | %s | %s |%n",
                    p.name, r.get("sent"), r.get("acked"), r.get("committed"), r.get("published"), r.get("onTopic"),
                    r.get("counted"), r.get("lost"), r.get("doubled"), r.get("retried"), r.get("replayed"),
                    r.get("merged"), r.get("unacked"), num(p.outage), num(p.ready), num(p.caughtUp)));
        }
        b.append("\n").append(summary).append("\n\n");
        for (Phase p : phases) {
            List<String> lines = new ArrayList<>();
            if (!p.recovery.equals("-")) {
                lines.add(p.recovery);
            }
            Object redelivered = p.result.get("redelivered");
            if (redelivered instanceof Integer n && n > 0) {
                lines.add(n + " captured events on the topic twice (the relay re-sent them; consumers absorbed them)");
            }
            lines.addAll(p.notes);
            if (!lines.isEmpty()) {
                b.append("- ").append(p.name).append(": ").append(String.join("; ", lines)).append('\n');
            }
        }
        return b.toString();
    }

    static String num(Double value) {
        return value == null ? "-" : value.isNaN() ? "never" : String.format(Locale.ROOT, "%.1f", value);
    }

    // ---------------------------------------------------------------- platform

    void awaitPlatformReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            try {
                platform("GET", "/dev/platform");
                if (awaitAllReady(Duration.ofSeconds(5)) > 0) {
                    return;
                }
            } catch (Exception e) {
                // not up yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the platform (" + ISSUER + "/dev/platform and the services' readiness)"
                        + " did not answer within 180 s; is ./crm up running?");
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    /** Polls each service's readiness until all answer 200; returns that moment, or -1 on timeout. */
    long awaitAllReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> pending = new HashSet<>(SERVICES.keySet());
        while (System.nanoTime() < deadline) {
            pending.removeIf(this::isReady);
            if (pending.isEmpty()) {
                return now();
            }
            sleep(Duration.ofMillis(250));
        }
        return -1;
    }

    boolean isReady(String service) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(SERVICES.get(service) + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    long pidOf(String service) throws Exception {
        String status = platform("GET", "/dev/platform");
        Matcher m = Pattern.compile("\"" + service + "-service\"\\s*:\\s*\\{[^}]*\"pid\"\\s*:\\s*(\\d+)").matcher(status);
        if (!m.find()) {
            throw new IllegalStateException(service + "-service is not in " + status);
        }
        return Long.parseLong(m.group(1));
    }

    String platform(String method, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ISSUER + path))
                .timeout(Duration.ofSeconds(90))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    String token() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ISSUER + "/dev/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"" + owner + "\",\"name\":\"Fault suite\","
                        + "\"roles\":[\"SALES_REP\"],\"team\":\"faults\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return field(response.body(), "token");
    }

    Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.put("user", "crm");
        p.put("password", "crm");
        p.put("connectTimeout", "3");
        p.put("socketTimeout", "10");
        return DriverManager.getConnection(JDBC + database, p);
    }

    long count(String database, String sql, Instant cutoff) throws SQLException {
        try (Connection db = connect(database); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, owner);
            query.setTimestamp(2, Timestamp.from(cutoff));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    // ---------------------------------------------------------------- small things

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    long now() {
        return System.nanoTime() - t0;
    }

    static double seconds(long nanos) {
        return Math.round(nanos / 100_000_000.0) / 10.0;
    }

    void log(String message) {
        System.out.printf(Locale.ROOT, "[faults %6.1f s] %s%n", (System.nanoTime() - t0) / 1e9, message);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
