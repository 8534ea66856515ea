package com.acme.crm.chassis.team;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Wires the team rosters and the customer ownership projection; only a service whose migrations create their tables
 * ({@code team_member}, {@code customer_ownership}) calls them.
 */
@Configuration(proxyBeanMethods = false)
public class TeamConfiguration {

    /** Named apart from the services' own beans (lead-service, the roster's owner, has a {@code teamRosters}). */
    @Bean
    TeamRosters chassisTeamRosters(DatabaseClient db) {
        return new TeamRosters(db);
    }

    @Bean
    CustomerOwnerships chassisCustomerOwnerships(DatabaseClient db) {
        return new CustomerOwnerships(db);
    }
}
