package com.acme.crm.chassis.clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;

/**
 * Work a service repeats on a fixed interval, and at once when the adjustable clock moves (so tests and the local
 * platform see deadlines fire without waiting). Runs never overlap; a failed run is logged and the next tick tries
 * again. Safe with several replicas as long as {@link #runOnce()} claims its rows ({@code FOR UPDATE SKIP LOCKED}).
 */
public abstract class ScheduledWork implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduledWork.class);

    private final String name;
    private final Duration interval;
    private final boolean followsClock;
    private final Sinks.Many<Boolean> triggers = Sinks.many().multicast().directBestEffort();
    private volatile Disposable loop;

    protected ScheduledWork(String name, Duration interval, boolean followsClock) {
        this.name = name;
        this.interval = interval;
        this.followsClock = followsClock;
    }

    /** One pass of the work. */
    public abstract Mono<?> runOnce();

    @EventListener
    void clockMoved(ClockAdvanced event) {
        if (followsClock) {
            triggers.tryEmitNext(Boolean.TRUE);
        }
    }

    @Override
    public void start() {
        loop = Flux.merge(Flux.interval(interval).map(tick -> Boolean.TRUE), triggers.asFlux())
                .onBackpressureDrop()
                .concatMap(tick -> runOnce().then().onErrorResume(e -> {
                    log.warn("{} failed, retrying at the next tick: {}", name, e.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        if (loop != null) {
            loop.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null && !loop.isDisposed();
    }
}
