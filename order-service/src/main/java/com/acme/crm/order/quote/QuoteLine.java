package com.acme.crm.order.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * One priced product of a quote: the catalogue's list price at issue, the line's discount off it, and the amounts
 * (CNY, to the fen).
 */
public record QuoteLine(UUID productId, String productName, int quantity, BigDecimal unitListPrice,
                        BigDecimal discountPercent, BigDecimal listAmount, BigDecimal netAmount) {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    /** A line priced from the list price; a discount outside 0..100 % is refused. */
    public static QuoteLine priced(UUID productId, String productName, int quantity, BigDecimal unitListPrice,
                                   BigDecimal discountPercent) {
        if (discountPercent.signum() < 0 || discountPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A discount is between 0 and 100 percent");
        }
        BigDecimal list = unitListPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal net = list.multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new QuoteLine(productId, productName, quantity, unitListPrice, discountPercent, list, net);
    }
}
