/**
 * Requirements in PostgreSQL, their lines as JSON.
 */
@NullMarked
package com.acme.crm.order.requirement.persistence;

import org.jspecify.annotations.NullMarked;
