package com.acme.crm.aftersales.inspection;

/** an inspection is due until done; a due one past its due time reads as overdue (derived, never stored). */
public enum InspectionStatus {
    DUE, OVERDUE, DONE
}
