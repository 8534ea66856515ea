package com.acme.crm.customer.intelligence;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.audit.AuditedEvents;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.customer.customer.CustomerAccess;
import com.acme.crm.customer.customer.CustomerProperties;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * N-9 commands: a member of the sales team files a report, routed to a product department's queue; a reader of the
 * departments acknowledges it. Each stores the change, its outbox event and its audit entry in one transaction; a
 * refusal writes nothing.
 */
@Service
public class IntelligenceCommands {

    static final String AUDIT_TYPE = "intelligence";

    private final IntelligenceReports reports;
    private final CustomerAccess customers;
    private final AuditedEvents<IntelligenceEvent> events;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final IntelligenceRouting routing;
    private final CustomerProperties customerProperties;

    IntelligenceCommands(IntelligenceReports reports, CustomerAccess customers, IntelligenceEventPublisher publisher,
                         AuditLog audit, TransactionalOperator transactions, Clock clock,
                         IntelligenceProperties properties, CustomerProperties customerProperties) {
        this.reports = reports;
        this.customers = customers;
        this.events = new AuditedEvents<>(AUDIT_TYPE, event -> event.report().id(), publisher::publish,
                publisher::publishAll, audit);
        this.transactions = transactions;
        this.clock = clock;
        this.routing = properties.routing();
        this.customerProperties = customerProperties;
    }

    /**
     * N-9: files the caller's observation. A named customer must be in the caller's data scope (else a 400 naming
     * {@code customerId}, nothing written).
     */
    public Mono<IntelligenceReportState> file(Observation observation, CrmUser user) {
        if (!user.isOnSalesTeam()) {
            return Mono.error(new AccessDeniedException("N-9: market intelligence is filed by the sales team"));
        }
        return Mono.defer(() -> {
            Instant now = clock.instant();
            String department = routing.departmentFor(observation.product(), observation.productCategory());
            IntelligenceEvent.Filed filed = IntelligenceReport.file(observation, user.id(), user.team(), department,
                    now, customerProperties.businessZone());
            Mono<Void> customerInScope = observation.customerId() == null ? Mono.empty()
                    : customers.readable(observation.customerId(), user)
                    .onErrorMap(e -> e instanceof NotFoundException || e instanceof AccessDeniedException,
                            e -> new InvalidFieldException("customerId", "is not a customer in your data scope"))
                    .then();
            Map<String, Object> details = new HashMap<>();
            details.put("department", department);
            details.put("competitor", observation.competitor());
            if (observation.customerId() != null) {
                details.put("customer", observation.customerId().toString());
            }
            return transactions.transactional(customerInScope
                    .then(reports.insert(filed.report()))
                    .then(events.publish(filed, user.id(), "INTELLIGENCE_FILED", details))
                    .thenReturn(filed.report()));
        });
    }

    /** N-9: a reader of the product departments acknowledges a report once, with a note. */
    public Mono<IntelligenceReportState> review(UUID id, String note, CrmUser user) {
        if (!IntelligenceQueries.isDepartmentReader(user)) {
            return Mono.error(new AccessDeniedException(
                    "N-9: reports are acknowledged by the product departments' readers"));
        }
        return transactions.transactional(reports.findById(id, DataScope.ALL)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Intelligence report", id)))
                .flatMap(report -> {
                    IntelligenceEvent.Reviewed reviewed = report.review(user.id(), note, clock.instant());
                    return reports.update(reviewed.report())
                            .then(events.publish(reviewed, user.id(), "INTELLIGENCE_REVIEWED", Map.of()))
                            .thenReturn(reviewed.report());
                }));
    }
}
