/**
 * Negotiation and contract review before a quote is signed (O-12, O-13): the negotiation's open issues and the
 * approvals of special clauses or the customer's own contract text gate the signature; the signed contract's document
 * is archived.
 */
@NullMarked
package com.acme.crm.order.negotiation;

import org.jspecify.annotations.NullMarked;
