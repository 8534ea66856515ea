package com.acme.crm.order.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * O-2: a quote's totals against list: line discounts first, then the overall discount on what is left. The discount
 * is always measured against the catalogue's list prices.
 *
 * @param discountPercent the total discount off list, rounded to 0.01 % for display
 * @param exactDiscountPercent the same to 6 places, which approval routing compares, so no cut rounds away (B-2)
 */
public record Pricing(BigDecimal listTotal, BigDecimal netTotal, BigDecimal discountPercent,
                      BigDecimal exactDiscountPercent) {

    public static Pricing of(List<QuoteLine> lines, BigDecimal overallDiscountPercent) {
        if (overallDiscountPercent.signum() < 0 || overallDiscountPercent.compareTo(QuoteLine.HUNDRED) > 0) {
            throw new IllegalArgumentException("A discount is between 0 and 100 percent");
        }
        BigDecimal list = BigDecimal.ZERO.setScale(2);
        BigDecimal afterLines = BigDecimal.ZERO.setScale(2);
        for (QuoteLine line : lines) {
            list = list.add(line.listAmount());
            afterLines = afterLines.add(line.netAmount());
        }
        BigDecimal net = afterLines.multiply(QuoteLine.HUNDRED.subtract(overallDiscountPercent))
                .divide(QuoteLine.HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal exact = list.signum() == 0 ? BigDecimal.ZERO.setScale(6)
                : list.subtract(net).multiply(QuoteLine.HUNDRED).divide(list, 6, RoundingMode.HALF_UP);
        return new Pricing(list, net, exact.setScale(2, RoundingMode.HALF_UP), exact);
    }
}
