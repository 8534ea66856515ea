/** The negotiation ({@code /api/negotiations}) and contract review ({@code /api/contract-reviews}) APIs. */
@NullMarked
package com.acme.crm.order.negotiation.web;

import org.jspecify.annotations.NullMarked;
