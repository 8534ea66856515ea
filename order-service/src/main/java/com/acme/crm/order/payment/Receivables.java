package com.acme.crm.order.payment;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import reactor.core.publisher.Mono;

import java.time.Instant;

/** Reads receivables: milestones with money outstanding, within a data scope. */
public interface Receivables {

    /** O-7: open receivables (with a due time), or only those overdue at {@code now}, earliest due first. */
    Mono<PageResponse<Receivable>> list(DataScope scope, boolean overdueOnly, Instant now, PageRequest page);

    /** O-10: the collection list of a day: every receivable overdue by {@code endOfDay}, by rep, earliest due first. */
    Mono<PageResponse<Receivable>> collectionList(DataScope scope, Instant endOfDay, PageRequest page);
}
