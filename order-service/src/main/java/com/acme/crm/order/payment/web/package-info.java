/** The HTTP API of payments, collection confirmations, credit sales, receivables and the collection list. */
package com.acme.crm.order.payment.web;
