/** Weekly visit plans in PostgreSQL: the plan row and its planned visits, written and read in bounded statements. */
package com.acme.crm.customer.visitplan.persistence;
