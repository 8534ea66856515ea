package com.acme.crm.customer.visitplan;

import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.Customers;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * the customers a rep plans visits or a trip for must be in the rep's data scope (owned, or the rep is the
 * dedicated account manager), checked in one query; the first one outside it is named as a field.
 */
@Component
public class RepCustomers {

    private final Customers customers;

    RepCustomers(Customers customers) {
        this.customers = customers;
    }

    /**
     * Fails with a 400 naming {@code field.apply(i)} for the first id that is not a customer of {@code repId}.
     *
     * @param field the request field of the i-th id, e.g. {@code visits[i].customerId}
     */
    public Mono<Void> check(List<UUID> ids, String repId, IntFunction<String> field) {
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        return customers.findAllById(ids.stream().distinct().toList())
                .collectMap(Customer::id, Function.identity())
                .handle((Map<UUID, Customer> found, reactor.core.publisher.SynchronousSink<Void> sink) -> {
                    for (int i = 0; i < ids.size(); i++) {
                        Customer customer = found.get(ids.get(i));
                        if (customer == null || !(repId.equals(customer.ownerId())
                                || repId.equals(customer.accountManagerId()))) {
                            sink.error(new InvalidFieldException(field.apply(i),
                                    "is not a customer in your data scope (R-4)"));
                            return;
                        }
                    }
                    sink.complete();
                }).then();
    }
}
