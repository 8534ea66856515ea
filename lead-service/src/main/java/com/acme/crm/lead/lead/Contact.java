package com.acme.crm.lead.lead;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One recorded contact with a prospect (L-2). */
public record Contact(Method method, Direction direction, Outcome outcome, @Nullable String notes, Instant at) {

    public enum Method { PHONE, EMAIL, VISIT, WECHAT }

    /** B-1 limits outbound contacts; an inbound one (the prospect called in) is always recorded. */
    public enum Direction { OUTBOUND, INBOUND }

    public enum Outcome { REACHED, NO_ANSWER, LEFT_MESSAGE, MEETING_AGREED, NOT_INTERESTED }
}
