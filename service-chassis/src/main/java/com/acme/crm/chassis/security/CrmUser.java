package com.acme.crm.chassis.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The authenticated caller, read from the JWT claims {@code sub}, {@code name}, {@code roles} and {@code team}.
 * Services decide data scope from it (a rep sees their own records, a manager their team's, a director all).
 */
public record CrmUser(String id, String name, Set<Role> roles, @Nullable String team) {

    public CrmUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static CrmUser of(Jwt jwt) {
        List<String> claimed = jwt.getClaimAsStringList("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claimed != null) {
            for (String role : claimed) {
                try {
                    roles.add(Role.valueOf(role));
                } catch (IllegalArgumentException unknown) {
                    // A role this service does not know grants nothing here.
                }
            }
        }
        String name = jwt.getClaimAsString("name");
        return new CrmUser(jwt.getSubject(), name == null ? jwt.getSubject() : name, roles, jwt.getClaimAsString("team"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Directors, the general manager and integrating systems see every record (a system within its scopes). */
    public boolean seesEverything() {
        return hasAny(Role.SALES_DIRECTOR, Role.GENERAL_MANAGER, Role.SYSTEM);
    }

    /** Managers see their team's records. */
    public boolean seesTeam() {
        return has(Role.SALES_MANAGER) && team != null;
    }

    /**
     * B-3: contact data is confidential to the sales department: reps, account managers, managers, directors, the
     * general manager and sales support (who maintains the records) see it within their scope; everyone else masked.
     */
    public boolean isOnSalesTeam() {
        return hasAny(Role.SALES_REP, Role.ACCOUNT_MANAGER, Role.SALES_MANAGER, Role.SALES_DIRECTOR,
                Role.GENERAL_MANAGER, Role.SALES_SUPPORT);
    }
}
