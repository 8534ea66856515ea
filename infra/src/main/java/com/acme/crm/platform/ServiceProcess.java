package com.acme.crm.platform;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child JVM, with its output in its own log file.
 */
final class ServiceProcess {

    /** Small-footprint JVM flags: five services plus Kafka must fit a laptop, and start-up speed beats peak throughput. */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:+UseSerialGC",
            "-Xmx384m");

    private final ServiceDefinition service;
    private final Process process;
    private final Path log;
    private final long startedAt = System.nanoTime();

    private ServiceProcess(ServiceDefinition service, Process process, Path log) {
        this.service = service;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(ServiceDefinition service, Path jar, Path log, Map<String, String> env, Path java,
                                String extraJvmOptions) throws IOException {
        return start(service, jar, log, env, java, extraJvmOptions, false);
    }

    /** @param appendLog keep the log of the run before (a restart: the lines before a crash stay readable) */
    static ServiceProcess start(ServiceDefinition service, Path jar, Path log, Map<String, String> env, Path java,
                                String extraJvmOptions, boolean appendLog) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(JVM_OPTIONS);
        if (extraJvmOptions != null && !extraJvmOptions.isBlank()) {
            command.addAll(Arrays.asList(extraJvmOptions.trim().split("\\s+")));
        }
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                // A fresh log per run, so "the last 30 lines" on failure are about this run.
                .redirectOutput(appendLog ? Redirect.appendTo(log.toFile()) : Redirect.to(log.toFile()));
        builder.environment().putAll(env);
        return new ServiceProcess(service, builder.start(), log);
    }

    ServiceDefinition service() {
        return service;
    }

    Process process() {
        return process;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Duration uptime() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    boolean isReady(HttpClient http) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks politely first (SIGTERM gives Spring a graceful shutdown), without waiting, so all services stop in parallel. */
    void requestStop() {
        process.destroy();
    }

    /** Waits until the deadline, then kills the process if it is still there. */
    void awaitStop(long deadlineNanos) throws InterruptedException {
        long remaining = deadlineNanos - System.nanoTime();
        if (!process.waitFor(Math.max(remaining, 0), TimeUnit.NANOSECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    List<String> tail(int lines) {
        try {
            // Decoded leniently: a log cut mid-character must not hide the error we want to show.
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            List<String> all = text.lines().toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }

    Path log() {
        return log;
    }
}
