/**
 * HTTP API of quotes, /api/quotes.
 */
@NullMarked
package com.acme.crm.order.quote.web;

import org.jspecify.annotations.NullMarked;
