/** Visits: the visit log with its gifts and the visit plans a manager approves (C-4, C-7, C-10). */
package com.acme.crm.customer.visit;
