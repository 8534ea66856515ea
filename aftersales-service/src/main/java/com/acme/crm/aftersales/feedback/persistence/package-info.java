/** Feedback stored in PostgreSQL over R2DBC. */
@NullMarked
package com.acme.crm.aftersales.feedback.persistence;

import org.jspecify.annotations.NullMarked;
