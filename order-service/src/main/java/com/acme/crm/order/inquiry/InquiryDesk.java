package com.acme.crm.order.inquiry;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.order.customer.CustomerDirectory;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** O-16: records inquiries for customers the caller may see and routes each to the customer's owning rep. */
@Component
public class InquiryDesk {

    private final Inquiries inquiries;
    private final CustomerDirectory customers;
    private final TransactionalOperator transactions;
    private final Clock clock;

    InquiryDesk(Inquiries inquiries, CustomerDirectory customers, TransactionalOperator transactions, Clock clock) {
        this.inquiries = inquiries;
        this.customers = customers;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Mono<Inquiry> take(UUID customerId, String subject, @Nullable String notes, CrmUser user) {
        return customers.require(customerId, user)
                .map(customer -> Inquiry.take(customer, subject, notes, user.id(), clock.instant()))
                .flatMap(inquiry -> inquiries.insert(inquiry).thenReturn(inquiry))
                .as(transactions::transactional);
    }

    public Mono<List<Inquiry>> latest(CrmUser user, int limit) {
        return inquiries.latest(DataScope.of(user), limit).collectList();
    }
}
