/** Payments against order milestones, their confirmation by finance, credit sales, receivables and the daily collection list (O-7, O-9, O-10). */
package com.acme.crm.order.payment;
