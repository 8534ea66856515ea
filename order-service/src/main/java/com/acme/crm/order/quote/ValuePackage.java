package com.acme.crm.order.quote;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** O-2: what the customer gets besides the products, stated before the price: warranty, training, services. */
public record ValuePackage(int warrantyMonths, @Nullable String training, List<String> services) {

    public ValuePackage {
        services = List.copyOf(services);
    }
}
