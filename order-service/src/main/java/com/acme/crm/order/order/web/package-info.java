/** The HTTP API of orders: reads within the caller's data scope, fulfilment, acceptance and change requests. */
package com.acme.crm.order.order.web;
