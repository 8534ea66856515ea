package com.acme.crm.lead.calllog;

/**
 * what a call log counts: the day's phone calls with leads, with customers and others the rep added, those
 * whose result says the person was reached, and the open questions for the manager.
 */
public record CallTally(int leadCalls, int customerCalls, int otherCalls, int effectiveCalls, int openQuestions) {

    public static final CallTally NONE = new CallTally(0, 0, 0, 0, 0);

    public int calls() {
        return leadCalls + customerCalls + otherCalls;
    }
}
