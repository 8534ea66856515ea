package com.acme.crm.platform;

import java.time.Duration;

/**
 * A part of the platform (PostgreSQL, Kafka) that can be stopped and started again while everything else keeps
 * running, so the fault suite ({@code infra/faults/run.sh}) can take it away under load. Closing it stops the
 * instance that runs now, whichever start made it.
 */
final class Restartable<T extends AutoCloseable> implements AutoCloseable {

    private final String name;
    private final ShutdownSequence.Starter<T> starter;
    private T current;

    private Restartable(String name, ShutdownSequence.Starter<T> starter) {
        this.name = name;
        this.starter = starter;
    }

    /** Starts the first instance; {@code starter} is called again by every later {@link #start()}. */
    static <T extends AutoCloseable> Restartable<T> start(String name, ShutdownSequence.Starter<T> starter)
            throws Exception {
        Restartable<T> restartable = new Restartable<>(name, starter);
        restartable.start();
        return restartable;
    }

    String name() {
        return name;
    }

    /** The running instance; fails while it is stopped. */
    synchronized T current() {
        if (current == null) {
            throw new PlatformException(name + " is stopped");
        }
        return current;
    }

    synchronized boolean isRunning() {
        return current != null;
    }

    /** Stops the running instance; does nothing when it is already stopped. Returns how long the stop took. */
    synchronized Duration stop() throws Exception {
        long begin = System.nanoTime();
        if (current != null) {
            T stopping = current;
            current = null;
            stopping.close();
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** Starts a new instance; does nothing when one is running. Returns how long the start took. */
    synchronized Duration start() throws Exception {
        long begin = System.nanoTime();
        if (current == null) {
            current = starter.start();
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
