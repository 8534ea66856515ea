/**
 * aftersales-service's events on {@code crm.aftersales.events}: tickets and complaints, keyed by their id.
 * They carry ids, types and due times, never the complainant, contact data or free text (B-3).
 */
@NullMarked
package com.acme.crm.events.aftersales;

import org.jspecify.annotations.NullMarked;
