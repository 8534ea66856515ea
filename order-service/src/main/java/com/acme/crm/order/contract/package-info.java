/** Contracts (O-3): a signed quote, with its requirement's delivery terms, becomes an order. */
package com.acme.crm.order.contract;
