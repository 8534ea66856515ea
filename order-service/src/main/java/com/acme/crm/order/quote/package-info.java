/**
 * Quotes (O-2, B-2, O-16): value package then price against list, approval routed by discount and payment terms, versions, and the signature seam to contracts (O-3).
 */
@NullMarked
package com.acme.crm.order.quote;

import org.jspecify.annotations.NullMarked;
