package com.acme.crm.lead.capture;

import com.acme.crm.lead.lead.LeadRepository;
import com.acme.crm.chassis.audit.AuditLog;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What lead-service learns from customer-service: who the customers are (L-3) and what a lead became (L-6). */
@Service
public class LeadLinks {

    private final LeadRepository leads;
    private final KnownCustomers customers;
    private final AuditLog audit;

    LeadLinks(LeadRepository leads, KnownCustomers customers, AuditLog audit) {
        this.leads = leads;
        this.customers = customers;
        this.audit = audit;
    }

    /** Runs inside the inbox transaction of the consumed event. */
    public Mono<Void> customerRegistered(UUID customerId, @Nullable UUID leadId, List<String> fingerprints) {
        Mono<Void> remember = customers.remember(customerId, fingerprints);
        if (leadId == null) {
            return remember;
        }
        return remember.then(leads.findById(leadId)
                .flatMap(lead -> {
                    lead.customerRegistered(customerId);
                    return leads.update(lead)
                            .then(audit.record("customer-service", "CUSTOMER_LINKED", "lead", leadId,
                                    Map.of("customer", customerId.toString())));
                }));
    }
}
