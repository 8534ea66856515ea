package com.acme.crm.customer.followup;

/** What a customer follow-up task asks of its owner, and the rule that created it. */
public enum TaskKind {
    /** C-2: the tier's regular contact. */
    CADENCE_CONTACT,
    /** C-2: an A customer's monthly on-site visit. */
    CADENCE_VISIT,
    /** C-5: thank-you message within 24 h of a first visit. */
    THANK_YOU,
    /** C-5: phone follow-up within 3 days of a first visit without a clear answer. */
    PHONE_FOLLOW_UP,
    /** C-6: the new-value touch when a pause ends. */
    RESUME_TOUCH,
    /** C-9: win back a dormant customer. */
    REACTIVATION,
    /** C-3: name a dedicated account manager. */
    ASSIGN_ACCOUNT_MANAGER,
    /** A complaint or churn warning: keep the customer. */
    RETENTION,
    /** L-9: after a signed order, ask the customer for referrals. */
    REFERRAL_REQUEST,
    /** C-11: a date on the profile is coming (a contact's birthday, the company anniversary, the decision time). */
    DATE_REMINDER,
    /** C-12: an A-tier customer's quarterly business review. */
    BUSINESS_REVIEW,
    /** C-12: an active customer's quarterly in-depth conversation. */
    DEEP_CONVERSATION,
    /** a visit of the confirmed weekly visit plan, due on its day. */
    PLANNED_VISIT
}
