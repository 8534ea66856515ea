package com.acme.crm.aftersales.complaint;

/** how the complaint reached us. */
public enum ComplaintChannel {
    PHONE, EMAIL, WECHAT, VISIT, LETTER, OTHER
}
