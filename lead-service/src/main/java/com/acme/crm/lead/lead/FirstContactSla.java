package com.acme.crm.lead.lead;

import java.time.Duration;
import java.time.Instant;

/**
 * L-2: a new lead must get its first contact within 48 h of capture; a trade-show lead additionally gets a tailored
 * follow-up e-mail within 24 h. Deadlines are computed once, at capture, and stored.
 */
public record FirstContactSla(Duration firstContact, Duration tradeShowFollowUpEmail) {

    public Instant firstContactDue(Instant capturedAt) {
        return capturedAt.plus(firstContact);
    }

    /** The e-mail deadline, for trade-show leads only. */
    public Instant followUpEmailDue(Channel channel, Instant capturedAt) {
        return channel == Channel.TRADE_SHOW ? capturedAt.plus(tradeShowFollowUpEmail) : null;
    }
}
