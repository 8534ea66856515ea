package com.acme.crm.aftersales.feedback;

/** what a piece of customer feedback is about; it decides the queue it goes to. */
public enum FeedbackClass {
    PRODUCT, SERVICE, PROCESS
}
