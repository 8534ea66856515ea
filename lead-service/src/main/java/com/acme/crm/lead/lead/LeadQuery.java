package com.acme.crm.lead.lead;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Filters of a lead queue; every one is optional. Without a status only open leads are listed: archived and
 * converted ones have left the queues (L-5, L-6).
 *
 * @param overdue true for leads past their first-contact deadline (L-2), false for the others
 */
public record LeadQuery(@Nullable LeadStatus status, @Nullable Channel channel, @Nullable Grade grade,
                        @Nullable String ownerId, @Nullable String team, @Nullable Boolean overdue,
                        @Nullable Instant capturedFrom, @Nullable Instant capturedTo, Sort sort) {

    /** The orders a lead queue can be read in; by first-contact deadline unless asked otherwise (L-2). */
    public enum Sort {
        FIRST_CONTACT_DUE("firstContactDueAt", "first_contact_due_at asc, id asc"),
        FIRST_CONTACT_DUE_DESC("-firstContactDueAt", "first_contact_due_at desc, id desc"),
        CAPTURED("capturedAt", "captured_at asc, id asc"),
        CAPTURED_DESC("-capturedAt", "captured_at desc, id desc");

        private final String parameter;
        private final String orderBy;

        Sort(String parameter, String orderBy) {
            this.parameter = parameter;
            this.orderBy = orderBy;
        }

        public String orderBy() {
            return orderBy;
        }

        /** The sort named by a request parameter, or null if there is none by that name. */
        public static Sort fromParameter(String value) {
            return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value)).findFirst().orElse(null);
        }

        public static String allowed() {
            return Arrays.stream(values()).map(sort -> sort.parameter).collect(Collectors.joining(", "));
        }
    }
}
