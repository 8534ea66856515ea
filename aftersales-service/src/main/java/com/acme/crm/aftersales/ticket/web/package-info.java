/**
 * The ticket API (/api/tickets).
 */
@NullMarked
package com.acme.crm.aftersales.ticket.web;

import org.jspecify.annotations.NullMarked;
