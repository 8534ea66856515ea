package com.acme.crm.order.tender;

import java.math.BigDecimal;

/** O-11: the bid the rep drafts: what the bid document says, in short, and the price bid (CNY). */
public record Bid(String summary, BigDecimal value) {
}
