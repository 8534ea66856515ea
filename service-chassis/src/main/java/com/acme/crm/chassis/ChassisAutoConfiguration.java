package com.acme.crm.chassis;

import com.acme.crm.chassis.audit.AuditConfiguration;
import com.acme.crm.chassis.clock.ClockConfiguration;
import com.acme.crm.chassis.clock.DevClockController;
import com.acme.crm.chassis.idempotency.IdempotencyConfiguration;
import com.acme.crm.chassis.inbox.InboxConfiguration;
import com.acme.crm.chassis.jobs.JobsConfiguration;
import com.acme.crm.chassis.observability.ObservabilityConfiguration;
import com.acme.crm.chassis.openapi.OpenApiConfiguration;
import com.acme.crm.chassis.outbox.OutboxConfiguration;
import com.acme.crm.chassis.persistence.ChassisMigrations;
import com.acme.crm.chassis.privacy.PrivacyConfiguration;
import com.acme.crm.chassis.security.SecurityConfiguration;
import com.acme.crm.chassis.security.ServiceTokensConfiguration;
import com.acme.crm.chassis.team.TeamConfiguration;
import com.acme.crm.chassis.web.ProblemDetailsAdvice;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Switches the chassis on in every service that has it on the classpath: clock, outbox, inbox, security, problem
 * details, tracing into the outbox, migrations of the chassis tables, contact fingerprints, the audit log, team rosters.
 */
@AutoConfiguration
@Import({ClockConfiguration.class, DevClockController.class, JobsConfiguration.class, OutboxConfiguration.class, InboxConfiguration.class,
        SecurityConfiguration.class, ServiceTokensConfiguration.class, ObservabilityConfiguration.class, ChassisMigrations.class,
        PrivacyConfiguration.class, AuditConfiguration.class, ProblemDetailsAdvice.class, IdempotencyConfiguration.class,
        OpenApiConfiguration.class, TeamConfiguration.class})
public class ChassisAutoConfiguration {
}
