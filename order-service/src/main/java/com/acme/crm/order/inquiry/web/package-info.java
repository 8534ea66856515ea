/**
 * HTTP API of inquiries, /api/inquiries.
 */
@NullMarked
package com.acme.crm.order.inquiry.web;

import org.jspecify.annotations.NullMarked;
