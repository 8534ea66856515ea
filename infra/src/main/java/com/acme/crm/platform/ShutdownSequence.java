package com.acme.crm.platform;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Stops what was started in reverse order (services, issuer, Kafka, PostgreSQL), so nothing loses a dependency while it still runs.
 */
final class ShutdownSequence {

    /** Starts one part of the platform. */
    @FunctionalInterface
    interface Starter<T extends AutoCloseable> {
        T start() throws Exception;
    }

    private record Stage(String name, AutoCloseable resource) {
    }

    private final Console console;
    private final Deque<Stage> stages = new ArrayDeque<>();
    private volatile boolean stopping;

    ShutdownSequence(Console console) {
        this.console = console;
    }

    /**
     * Starts and registers under one lock: a Ctrl-C arriving mid-start waits for that start, then stops it too,
     * instead of leaving e.g. a PostgreSQL that was just forked running on its own.
     */
    synchronized <T extends AutoCloseable> T start(String name, Starter<T> starter) throws Exception {
        if (stopping) {
            throw new PlatformException("stopping, " + name + " not started");
        }
        T resource = starter.start();
        stages.push(new Stage(name, resource));
        return resource;
    }

    boolean isStopping() {
        return stopping;
    }

    void stopAll() {
        stopping = true;
        synchronized (this) {
            if (stages.isEmpty()) {
                return;
            }
            while (!stages.isEmpty()) {
                Stage stage = stages.pop();
                console.step("stopping " + stage.name() + "...");
                try {
                    stage.resource().close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    console.warn("stopping " + stage.name() + " failed: " + e);
                }
            }
            console.step("stopped");
        }
    }

    Thread asShutdownHook() {
        return new Thread(this::stopAll, "crm-shutdown");
    }
}
