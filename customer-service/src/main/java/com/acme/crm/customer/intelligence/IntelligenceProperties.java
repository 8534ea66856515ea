package com.acme.crm.customer.intelligence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Market intelligence settings ({@code crm.intelligence.*}): where reports are routed (N-9).
 *
 * @param defaultDepartment N-9: the product department whose queue takes a report no route matches
 * @param routes N-9: product departments by product/model prefix or product category
 */
@ConfigurationProperties("crm.intelligence")
public record IntelligenceProperties(
        @DefaultValue("PRODUCT") String defaultDepartment,
        @DefaultValue List<Route> routes) {

    public IntelligenceProperties {
        if (defaultDepartment.isBlank()) {
            throw new IllegalArgumentException("crm.intelligence.default-department must name a department");
        }
        for (Route route : routes) {
            if (route.department() == null || route.department().isBlank()) {
                throw new IllegalArgumentException("every crm.intelligence.routes entry names its department");
            }
        }
    }

    /** N-9: the routing policy these settings describe. */
    public IntelligenceRouting routing() {
        return new IntelligenceRouting(defaultDepartment, routes);
    }

    /**
     * One product department's share of the reports.
     *
     * @param modelPrefixes products or models starting with one of these (ignoring case) go to the department
     * @param categories reports naming one of these product categories (ignoring case) go to it
     */
    public record Route(String department, @DefaultValue List<String> modelPrefixes,
                        @DefaultValue List<String> categories) {
    }
}
