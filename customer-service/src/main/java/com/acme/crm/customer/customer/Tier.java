package com.acme.crm.customer.customer;

/** C-1: customer tiers by trailing-12-month purchases. */
public enum Tier {
    A,
    B,
    C
}
