package com.acme.crm.lead.lead;

/**
 * L-4: intent grade after contact. A: in business negotiation; B: need is clear and a solution was submitted;
 * C: strong interest after a meeting, need still to be developed; D: accepts the product and can meet soon.
 * Every grade is "D or better"; an ungraded lead is new.
 */
public enum Grade {
    A,
    B,
    C,
    D
}
