/** Daily plans and reviews in PostgreSQL: one row per plan, its review joined in the same query. */
package com.acme.crm.customer.plan.persistence;
