package com.acme.crm.lead.lead;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import reactor.core.publisher.Mono;

import java.util.UUID;

/** Where leads are kept; the persistence adapter implements it. */
public interface LeadRepository {

    Mono<Void> insert(Lead lead);

    Mono<Lead> findById(UUID id);

    Mono<PageResponse<Lead>> search(LeadQuery query, DataScope scope, PageRequest page);
}
