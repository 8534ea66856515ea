/** Inspections and the customers with an accepted order, stored in PostgreSQL over R2DBC. */
@NullMarked
package com.acme.crm.aftersales.inspection.persistence;

import org.jspecify.annotations.NullMarked;
