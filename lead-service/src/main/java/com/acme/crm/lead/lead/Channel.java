package com.acme.crm.lead.lead;

/** L-1: where a lead came from. */
public enum Channel {
    TRADE_SHOW,
    WEBSITE,
    REFERRAL,
    COLD_CALL,
    SOCIAL_MEDIA,
    INDUSTRY_PLATFORM,
    SALES_VISIT,
    OTHER
}
