package com.acme.crm.chassis.jobs;

import com.acme.crm.chassis.clock.ClockAdvanced;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs every {@link ScheduledJob} bean of the service on its schedule, and gives jobs the one safe way to work on
 * rows: {@link #inBatches} claims a bounded batch, drains it completely, then acts on it, in one transaction, batch
 * after batch. Draining first is what keeps a claim of any size from stalling: R2DBC cannot run a statement on a
 * connection whose previous result is still streaming. Each run has a timeout ({@link JobProperties}); a run past it
 * is cancelled (its open transaction rolls back), logged and counted, and the next tick runs again. The database
 * enforces the same limit on every job transaction, so a job can never hold row locks longer than its timeout.
 */
public class Jobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final DatabaseClient db;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final MeterRegistry registry;
    private final JobProperties properties;
    private final ObjectProvider<ScheduledJob> declared;
    private final Sinks.Many<Boolean> clockMoves = Sinks.many().multicast().directBestEffort();
    private volatile Disposable.Composite loops = Disposables.composite();
    private volatile Map<String, ScheduledJob> jobs;
    private volatile Boolean transactionTimeoutSupported;
    private volatile boolean running;

    Jobs(DatabaseClient db, TransactionalOperator transactions, Clock clock, MeterRegistry registry,
         JobProperties properties, ObjectProvider<ScheduledJob> declared) {
        this.db = db;
        this.transactions = transactions;
        this.clock = clock;
        this.registry = registry;
        this.properties = properties;
        this.declared = declared;
    }

    /**
     * Claims up to {@code batchSize} rows with {@code claim} (which should lock them: {@code FOR UPDATE SKIP LOCKED}),
     * drains the claim, then runs {@code act} on the whole batch, all in one transaction; repeats while batches come
     * back full. Emits how many rows were handled. Use it inside a job's work, so the job's timeout bounds it.
     */
    public <T> Mono<Long> inBatches(String job, int batchSize, IntFunction<Flux<T>> claim,
                                    Function<List<T>, Mono<?>> act) {
        Mono<Integer> batch = Mono.defer(() -> inTransaction(job, claim.apply(batchSize).collectList()
                .flatMap(rows -> rows.isEmpty() ? Mono.just(0) : act.apply(rows).then(Mono.just(rows.size())))));
        return batch.expand(handled -> handled >= batchSize ? batch : Mono.empty())
                .reduce(0L, Long::sum);
    }

    /**
     * Runs one set-based statement (a chunked delete, say) in its own job transaction, again while it reports a
     * full chunk; emits the total it reported.
     */
    public Mono<Long> inChunks(String job, int chunkSize, Supplier<Mono<Long>> chunk) {
        Mono<Long> once = Mono.defer(() -> inTransaction(job, Mono.defer(chunk)));
        return once.expand(done -> done >= chunkSize ? once : Mono.empty()).reduce(0L, Long::sum);
    }

    /** Runs {@code work} in a transaction the database ends if it outlives the job's timeout. */
    public <T> Mono<T> inTransaction(String job, Mono<T> work) {
        return transactions.transactional(limitTransaction(properties.timeoutOf(job)).then(work));
    }

    /** Runs the named job now, under its timeout, counted and timed like a scheduled run. */
    public Mono<JobRun> run(String name) {
        ScheduledJob job = jobs().get(name);
        if (job == null) {
            return Mono.error(new NoSuchElementException("no job named " + name + "; jobs: " + jobs().keySet()));
        }
        return run(job);
    }

    private Mono<JobRun> run(ScheduledJob job) {
        Duration timeout = properties.timeoutOf(job.name());
        return Mono.defer(() -> {
            Timer.Sample sample = Timer.start(registry);
            long started = System.nanoTime();
            return Mono.defer(job.work())
                    .map(result -> result instanceof Number n ? n.longValue() : 0L)
                    .defaultIfEmpty(0L)
                    .timeout(timeout)
                    .map(handled -> new JobRun(job.name(), JobRun.Outcome.SUCCESS, handled, since(started)))
                    .onErrorResume(e -> {
                        boolean timedOut = e instanceof TimeoutException;
                        if (timedOut) {
                            log.warn("Job {} timed out after {}; its open batch was rolled back, the next tick goes on",
                                    job.name(), timeout);
                        } else {
                            log.warn("Job {} failed, the next tick tries again: {}", job.name(), e.toString());
                        }
                        return Mono.just(new JobRun(job.name(),
                                timedOut ? JobRun.Outcome.TIMEOUT : JobRun.Outcome.FAILURE, 0, since(started)));
                    })
                    .doOnNext(done -> {
                        sample.stop(registry.timer("crm.job.duration", "job", job.name()));
                        registry.counter("crm.job.runs", "job", job.name(), "outcome", done.outcome().tag())
                                .increment();
                    });
        });
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /**
     * {@code SET LOCAL} limits for this transaction: no statement, idle gap or (PostgreSQL 17+) whole transaction
     * longer than the job's timeout.
     */
    private Mono<Void> limitTransaction(Duration timeout) {
        String millis = String.valueOf(Math.max(1, timeout.toMillis()));
        return transactionTimeoutSupported().flatMap(whole -> db.sql("select set_config('statement_timeout', :ms, true),"
                        + " set_config('idle_in_transaction_session_timeout', :ms, true)"
                        + (whole ? ", set_config('transaction_timeout', :ms, true)" : ""))
                .bind("ms", millis)
                .fetch().rowsUpdated()
                .then());
    }

    private Mono<Boolean> transactionTimeoutSupported() {
        Boolean known = transactionTimeoutSupported;
        if (known != null) {
            return Mono.just(known);
        }
        return db.sql("select current_setting('server_version_num')::int >= 170000")
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
                .one()
                .doOnNext(supported -> transactionTimeoutSupported = supported);
    }

    @EventListener
    void clockMoved(ClockAdvanced event) {
        clockMoves.tryEmitNext(Boolean.TRUE);
    }

    private Map<String, ScheduledJob> jobs() {
        Map<String, ScheduledJob> known = jobs;
        if (known == null) {
            Map<String, ScheduledJob> byName = new LinkedHashMap<>();
            declared.orderedStream().forEach(job -> {
                if (byName.put(job.name(), job) != null) {
                    throw new IllegalStateException("two jobs are named " + job.name());
                }
            });
            jobs = known = Map.copyOf(byName);
        }
        return known;
    }

    @Override
    public void start() {
        running = true;
        loops = Disposables.composite();
        if (!properties.enabled()) {
            log.info("Scheduled jobs are switched off on this replica (crm.jobs.enabled=false)");
            return;
        }
        jobs().values().forEach(job -> loops.add(loop(job)));
    }

    /** Ticks (and clock moves, where the schedule follows the clock) run the job when due; runs never overlap. */
    private Disposable loop(ScheduledJob job) {
        Flux<Boolean> ticks = Flux.interval(job.schedule().tick()).map(tick -> Boolean.TRUE);
        if (job.schedule().followsClock()) {
            ticks = Flux.merge(ticks, clockMoves.asFlux());
        }
        Due due = job.schedule() instanceof Schedule.Cron cron ? new CronDue(cron, clock) : () -> true;
        return ticks.onBackpressureDrop()
                .concatMap(tick -> due.now() ? run(job) : Mono.empty(), 1)
                .subscribe();
    }

    @FunctionalInterface
    private interface Due {
        boolean now();
    }

    /** Due once each time the service's clock passes a time the cron expression names. */
    private static final class CronDue implements Due {

        private final Schedule.Cron cron;
        private final Clock clock;
        private final AtomicReference<Instant> next;

        CronDue(Schedule.Cron cron, Clock clock) {
            this.cron = cron;
            this.clock = clock;
            this.next = new AtomicReference<>(cron.next(clock.instant()));
        }

        @Override
        public boolean now() {
            Instant now = clock.instant();
            if (now.isBefore(next.get())) {
                return false;
            }
            next.set(cron.next(now));
            return true;
        }
    }

    @Override
    public void stop() {
        running = false;
        loops.dispose();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
