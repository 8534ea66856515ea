package com.acme.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault suite stops the platform's Kafka for a minute and starts it again inside the same JVM: a new broker on
 * the same log directory must come back with every record the old one had acknowledged, and accept more.
 */
class KafkaBrokerRestartTest {

    @TempDir
    Path dir;

    @Test
    void aRestartedBrokerKeepsItsRecordsAndTakesNewOnes() throws Exception {
        int port = freePortPair();
        Path logs = dir.resolve("kafka");
        try (Restartable<KafkaBroker> kafka = Restartable.start("Kafka",
                () -> KafkaBroker.start(logs, dir, port))) {
            String bootstrap = kafka.current().bootstrapServers();
            send(bootstrap, "before");

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            try (ServerSocket probe = new ServerSocket(port)) {
                assertThat(probe.getLocalPort()).as("the stopped broker's port is free").isEqualTo(port);
            }

            kafka.start();
            send(bootstrap, "after");
            assertThat(readAll(bootstrap)).containsExactly("before", "after");
        }
    }

    private static void send(String bootstrap, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "acks", "all", "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>("restart-test", "one-key", value)).get();
        }
    }

    private static List<String> readAll(String bootstrap) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "group.id", "restart-test-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of("restart-test"));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < 2 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }

    /** A port whose successor (the controller's) is free too. */
    private static int freePortPair() throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            if (port < 65534 && PortGuard.isFree(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port pair");
    }
}
