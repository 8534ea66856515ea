package com.acme.crm.customer.intelligence;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * N-9: which product department's queue a report goes to. The longest configured product/model prefix that the
 * product starts with wins; without one, a configured product category; otherwise the default department. Matching
 * ignores case.
 */
public final class IntelligenceRouting {

    private final String defaultDepartment;
    private final List<IntelligenceProperties.Route> routes;

    public IntelligenceRouting(String defaultDepartment, List<IntelligenceProperties.Route> routes) {
        this.defaultDepartment = defaultDepartment;
        this.routes = List.copyOf(routes);
    }

    /** N-9: the department for a product (or model) and its category, if the filer gave one. */
    public String departmentFor(String product, @Nullable String category) {
        String model = product.strip().toUpperCase(Locale.ROOT);
        String best = null;
        int bestLength = -1;
        for (IntelligenceProperties.Route route : routes) {
            for (String prefix : route.modelPrefixes()) {
                String normalised = prefix.strip().toUpperCase(Locale.ROOT);
                if (!normalised.isEmpty() && model.startsWith(normalised) && normalised.length() > bestLength) {
                    best = route.department();
                    bestLength = normalised.length();
                }
            }
        }
        if (best != null) {
            return best;
        }
        if (category != null) {
            for (IntelligenceProperties.Route route : routes) {
                if (route.categories().stream().anyMatch(c -> c.strip().equalsIgnoreCase(category.strip()))) {
                    return route.department();
                }
            }
        }
        return defaultDepartment;
    }
}
