package com.acme.crm.aftersales.customer;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;

/**
 * Whose tickets and complaints a caller sees (Roles): a service agent with a team claim their team's, a sales manager
 * their team's, reps and account managers their own customers', the director, general manager, sales support and
 * systems all; anyone else nothing.
 */
public final class AftersalesScope {

    private AftersalesScope() {
    }

    public static DataScope of(CrmUser user) {
        if (user.has(Role.SERVICE_AGENT) && user.team() != null) {
            return new DataScope(null, user.team(), false);
        }
        return DataScope.of(user);
    }
}
