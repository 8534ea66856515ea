package com.acme.crm.lead.lead;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders a lead queue can be read in; by first-contact deadline unless asked otherwise (L-2). */
public enum LeadSort {
    FIRST_CONTACT_DUE("firstContactDueAt", "first_contact_due_at asc, id asc"),
    FIRST_CONTACT_DUE_DESC("-firstContactDueAt", "first_contact_due_at desc, id desc"),
    CAPTURED("capturedAt", "captured_at asc, id asc"),
    CAPTURED_DESC("-capturedAt", "captured_at desc, id desc");

    private final String parameter;
    private final String orderBy;

    LeadSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    public String orderBy() {
        return orderBy;
    }

    /** The sort named by a request parameter, or null if there is none by that name. */
    public static LeadSort fromParameter(String value) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value)).findFirst().orElse(null);
    }

    public static String allowed() {
        return Arrays.stream(values()).map(sort -> sort.parameter).collect(Collectors.joining(", "));
    }
}
