package com.acme.crm.customer.intelligence;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Where market intelligence reports are kept; the persistence adapter implements it. A scope's owner is the filer
 * and its team the filer's team.
 */
public interface IntelligenceReports {

    Mono<Void> insert(IntelligenceReportState report);

    /** Stores the acknowledgement; fails with an optimistic-locking error if the report changed meanwhile. */
    Mono<Void> update(IntelligenceReportState report);

    /** The report if it is within the scope. */
    Mono<IntelligenceReport> findById(UUID id, DataScope scope);

    /** One page of reports within the scope, newest observation first. */
    Mono<PageResponse<IntelligenceReportState>> search(IntelligenceQuery query, DataScope scope, PageRequest page);
}
