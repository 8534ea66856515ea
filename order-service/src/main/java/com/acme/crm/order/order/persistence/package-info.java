/** Stores orders, their milestones, change requests and tasks in PostgreSQL with plain SQL. */
package com.acme.crm.order.order.persistence;
