package com.acme.crm.chassis.outbox;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.springframework.beans.factory.DisposableBean;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the service's topics when they are missing: at start-up through Spring's {@code KafkaAdmin}, and again
 * from the relay if the broker was away at start-up. One long-lived admin client with short timeouts, so a
 * missing broker costs the relay seconds, not minutes.
 */
class OutboxTopics implements DisposableBean {

    private final List<NewTopic> topics;
    private final Duration timeout;
    private final Map<String, Object> config;
    private volatile Admin admin;

    OutboxTopics(Map<String, Object> adminConfig, List<NewTopic> topics, Duration timeout) {
        this.topics = topics;
        this.timeout = timeout;
        this.config = new HashMap<>(adminConfig);
        int millis = (int) timeout.toMillis();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
    }

    void ensureExist() {
        if (topics.isEmpty()) {
            return;
        }
        admin().createTopics(topics).values().values().forEach(result -> {
            try {
                result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException(e.getCause());
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("Topic creation timed out", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(config);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
