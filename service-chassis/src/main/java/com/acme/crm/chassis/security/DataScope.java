package com.acme.crm.chassis.security;

import org.jspecify.annotations.Nullable;

/**
 * Which records of the sales pipeline a caller may see (roles table of the domain rules): a rep or account
 * manager their own, a manager their team's, a director, the general manager, support or an integrating system all; a manager without a team none; anyone else none.
 *
 * @param ownerId set when the scope is one owner's records
 * @param team set when the scope is one team's records
 * @param all true when the scope is every record
 */
public record DataScope(@Nullable String ownerId, @Nullable String team, boolean all) {

    public static final DataScope NONE = new DataScope(null, null, false);
    public static final DataScope ALL = new DataScope(null, null, true);

    public static DataScope of(CrmUser user) {
        if (user.hasAny(Role.SALES_DIRECTOR, Role.GENERAL_MANAGER, Role.SALES_SUPPORT, Role.SYSTEM)) {
            return ALL;
        }
        if (user.seesTeam()) {
            return new DataScope(null, user.team(), false);
        }
        if (user.hasAny(Role.SALES_REP, Role.ACCOUNT_MANAGER)) {
            return new DataScope(user.id(), null, false);
        }
        return NONE;
    }

    /** Whether a record with this owner and team is inside the scope. */
    public boolean includes(String recordOwner, String recordTeam) {
        return all || (ownerId != null && ownerId.equals(recordOwner)) || (team != null && team.equals(recordTeam));
    }

    public boolean isNone() {
        return !all && ownerId == null && team == null;
    }
}
