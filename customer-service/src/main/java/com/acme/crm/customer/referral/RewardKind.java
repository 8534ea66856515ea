package com.acme.crm.customer.referral;

/** L-9: what a referring customer earns when a referred lead converts ("推薦返傭"). */
public enum RewardKind {
    /** An amount of money (CNY). */
    COMMISSION,
    /** Loyalty points. */
    POINTS
}
