/**
 * Tenders (O-8, O-11): reported to the manager, who decides whether to bid; then the bid is drafted, reviewed, signed
 * by the general manager with the on-site team, submitted, and its outcome recorded; a won tender leads to a quote.
 */
@NullMarked
package com.acme.crm.order.tender;

import org.jspecify.annotations.NullMarked;
