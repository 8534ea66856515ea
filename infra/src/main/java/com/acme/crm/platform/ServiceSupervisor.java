package com.acme.crm.platform;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    // What startAll was given, so a stopped or crashed service can be started again the same way.
    private Function<ServiceDefinition, Path> jarOf;
    private Function<ServiceDefinition, Path> logOf;
    private Function<ServiceDefinition, Map<String, String>> envOf;

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
        this.jarOf = jarOf;
        this.logOf = logOf;
        this.envOf = envOf;
        for (ServiceDefinition service : services) {
            if (stopping) {
                // Ctrl-C came while we were forking: starting more would leave orphans behind the exiting JVM.
                throw new PlatformException("start-up interrupted");
            }
            processes.add(launch(service, false));
        }
    }

    private ServiceProcess launch(ServiceDefinition service, boolean appendLog) throws IOException {
        ServiceProcess process = ServiceProcess.start(service, jarOf.apply(service), logOf.apply(service),
                envOf.apply(service), java, extraJvmOptions, appendLog);
        // After start-up a crashing service is only reported: the rest of the platform stays useful.
        // (During start-up awaitReady reports it, with the log tail.)
        process.process().onExit().thenAccept(p -> {
            if (allReady && !stopping) {
                console.warn(service.module() + " exited with status " + p.exitValue() + "; see " + process.log());
            }
        });
        return process;
    }

    /**
     * Starts a service of this platform again after it stopped or was killed (the fault suite's "restart"), with the
     * same jar, environment and log file (appended to). Does nothing when it is running. Does not wait until it is
     * ready: the caller polls its readiness.
     *
     * @return the service's process id
     */
    synchronized long start(ServiceDefinition service) throws IOException {
        if (stopping) {
            throw new PlatformException("stopping, " + service.module() + " not started");
        }
        ServiceProcess old = processOf(service);
        if (old.isAlive()) {
            return old.pid();
        }
        ServiceProcess process = launch(service, true);
        processes.set(processes.indexOf(old), process);
        console.step(service.module() + " started again (pid " + process.pid() + ")");
        return process.pid();
    }

    /** Stops one service as Ctrl-C would (SIGTERM, killed after {@link #STOP_GRACE}); does nothing when it is stopped. */
    synchronized void stop(ServiceDefinition service) throws InterruptedException {
        ServiceProcess process = processOf(service);
        process.requestStop();
        process.awaitStop(System.nanoTime() + STOP_GRACE.toNanos());
    }

    /** Each service this platform started, with its current process id and whether that process is alive. */
    Map<String, Map<String, Object>> status() {
        Map<String, Map<String, Object>> status = new LinkedHashMap<>();
        for (ServiceProcess process : processes) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("state", process.isAlive() ? "running" : "stopped");
            entry.put("pid", process.pid());
            if (!process.isAlive()) {
                entry.put("exitStatus", process.process().exitValue());
            }
            status.put(process.service().module(), entry);
        }
        return status;
    }

    private ServiceProcess processOf(ServiceDefinition service) {
        return processes.stream().filter(p -> p.service().equals(service)).findFirst()
                .orElseThrow(() -> new PlatformException(service.module() + " is not part of this platform run"));
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
