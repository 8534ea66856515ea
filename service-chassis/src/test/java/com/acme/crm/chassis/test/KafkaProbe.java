package com.acme.crm.chassis.test;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads and writes raw records on the test broker, to see exactly what a service published or to feed it. */
public final class KafkaProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private KafkaProbe(String bootstrap, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** A probe reading the topic from its beginning. */
    public static KafkaProbe on(String topic) {
        return new KafkaProbe(TestPlatform.kafkaBootstrapServers(), topic);
    }

    public static KafkaProbe on(String bootstrap, String topic) {
        return new KafkaProbe(bootstrap, topic);
    }

    /** The first record matching, waiting up to the timeout; fails the test if none comes. */
    public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : seen) {
                if (matching.test(record)) {
                    return record;
                }
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        throw new AssertionError("No matching record within " + timeout + "; saw " + seen.size() + " records");
    }

    /** Every record seen so far that matches, after polling for the given time. */
    public List<ConsumerRecord<String, byte[]>> all(Predicate<ConsumerRecord<String, byte[]>> matching, Duration polling) {
        long deadline = System.nanoTime() + polling.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return seen.stream().filter(matching).toList();
    }

    public static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Predicate: the record's CloudEvents subject is the given aggregate id. */
    public static Predicate<ConsumerRecord<String, byte[]>> subject(Object aggregateId) {
        return record -> String.valueOf(aggregateId).equals(header(record, "ce_subject"));
    }

    /** Waits for the event of that CloudEvents type about that aggregate (its record key) on the topic. */
    public static ConsumerRecord<String, byte[]> awaitEvent(String topic, Object key, String type) {
        try (KafkaProbe probe = on(topic)) {
            return probe.await(record -> String.valueOf(key).equals(record.key()) && type.equals(header(record, "ce_type")),
                    Duration.ofSeconds(20));
        }
    }

    /** Sends a raw record with string headers and waits for the acknowledgement. */
    public static void send(String topic, String key, byte[] value, Map<String, String> headers) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlatform.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send test record", e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
