package com.acme.crm.chassis.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires the audit log. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditLog auditLog(DatabaseClient db, Clock clock, JsonMapper json) {
        return new AuditLog(db, clock, json);
    }
}
