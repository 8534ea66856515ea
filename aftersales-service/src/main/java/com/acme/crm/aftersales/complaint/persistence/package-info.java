/**
 * Complaints in PostgreSQL.
 */
@NullMarked
package com.acme.crm.aftersales.complaint.persistence;

import org.jspecify.annotations.NullMarked;
