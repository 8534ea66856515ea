package com.acme.crm.chassis.health;

import com.acme.crm.chassis.outbox.OutboxStatus;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The chassis' health components (see the readiness group in {@code crm-chassis-defaults.yml}). An auto-configuration
 * of its own, listed beside {@code ChassisAutoConfiguration}.
 */
@AutoConfiguration
public class HealthAutoConfiguration {

    /** The {@code kafka} component: a broker check with an admin client of its own and short timeouts. */
    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka, OutboxStatus outbox,
                                              @Value("${crm.health.kafka-timeout:500ms}") Duration timeout) {
        Map<String, Object> config = new HashMap<>(kafka.buildAdminProperties());
        int millis = (int) timeout.toMillis();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "crm-health");
        return new KafkaHealthIndicator(() -> Admin.create(config), outbox, timeout);
    }
}
