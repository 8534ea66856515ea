package com.acme.crm.aftersales.feedback;

/** the department queue that works on a piece of feedback. */
public enum FeedbackQueue {
    R_AND_D, AFTER_SALES, OPERATIONS
}
