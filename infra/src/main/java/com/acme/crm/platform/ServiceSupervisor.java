package com.acme.crm.platform;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Starts the services in parallel, waits until each one is ready, and stops them all together.
 */
final class ServiceSupervisor implements AutoCloseable {

    static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    static final Duration STOP_GRACE = Duration.ofSeconds(15);
    static final int LOG_TAIL_LINES = 30;

    private final Console console;
    private final HttpClient http;
    private final Path java;
    private final String extraJvmOptions;
    private final List<ServiceProcess> processes = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;
    private volatile boolean allReady;

    ServiceSupervisor(Console console, HttpClient http, Path java, String extraJvmOptions) {
        this.console = console;
        this.http = http;
        this.java = java;
        this.extraJvmOptions = extraJvmOptions;
    }

    /**
     * @param jarOf where each service's jar is
     * @param logOf where each service's output goes
     */
    synchronized void startAll(List<ServiceDefinition> services, Function<ServiceDefinition, Path> jarOf,
                  Function<ServiceDefinition, Path> logOf, Function<ServiceDefinition, Map<String, String>> envOf)
            throws IOException {
        for (ServiceDefinition service : services) {
            if (stopping) {
                // Ctrl-C came while we were forking: starting more would leave orphans behind the exiting JVM.
                throw new PlatformException("start-up interrupted");
            }
            ServiceProcess process = ServiceProcess.start(service, jarOf.apply(service), logOf.apply(service),
                    envOf.apply(service), java, extraJvmOptions);
            processes.add(process);
            // After start-up a crashing service is only reported: the rest of the platform stays useful.
            // (During start-up awaitReady reports it, with the log tail.)
            process.process().onExit().thenAccept(p -> {
                if (allReady && !stopping) {
                    console.warn(service.module() + " exited with status " + p.exitValue() + "; see " + process.log());
                }
            });
        }
    }

    /**
     * Polls every readiness endpoint until all answer 200; fails on the first service that dies or is too slow.
     */
    void awaitReady(Duration timeout, BooleanSupplier abort) throws InterruptedException {
        List<ServiceProcess> pending = new ArrayList<>(processes);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty()) {
            if (abort.getAsBoolean()) {
                throw new PlatformException("start-up interrupted");
            }
            for (ServiceProcess process : List.copyOf(pending)) {
                if (!process.isAlive()) {
                    throw failure(process, "exited with status " + process.process().exitValue() + " before it was ready");
                }
                if (process.isReady(http)) {
                    pending.remove(process);
                    console.step(process.service().module() + " ready on " + process.service().baseUrl() + " after "
                            + seconds(process.uptime()) + " s");
                } else if (System.nanoTime() > deadline) {
                    throw failure(process, "was not ready within " + timeout.toSeconds() + " s");
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        }
        allReady = true;
    }

    private PlatformException failure(ServiceProcess process, String what) {
        String module = process.service().module();
        console.plain("----- last " + LOG_TAIL_LINES + " lines of " + process.log() + " -----");
        process.tail(LOG_TAIL_LINES).forEach(console::plain);
        console.plain("----- end of " + module + " log -----");
        return new PlatformException(module + " " + what + " (full log: " + process.log() + ")");
    }

    /** The services that are up now; the dev clock and demo data talk only to these. */
    List<ServiceDefinition> running() {
        return processes.stream().filter(ServiceProcess::isAlive).map(ServiceProcess::service).toList();
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        synchronized (this) {
            stopAll();
        }
    }

    private void stopAll() throws InterruptedException {
        processes.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ServiceProcess process : processes) {
            process.awaitStop(deadline);
        }
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
