/**
 * order-service: products, requirements (O-1), quotes and their approvals (O-2, B-2, O-16), packaged by feature.
 */
@NullMarked
package com.acme.crm.order;

import org.jspecify.annotations.NullMarked;
