package com.acme.crm.customer.handover;

/** C-8 refusals that only {@link Handover} may raise, for tests outside its package (its web slice). */
public final class HandoverRefusals {

    private HandoverRefusals() {
    }

    /** C-8: a manager's token without a team claim. */
    public static Handover.ManagerWithoutTeam managerWithoutTeam() {
        return new Handover.ManagerWithoutTeam();
    }
}
