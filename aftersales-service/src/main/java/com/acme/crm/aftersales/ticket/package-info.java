/**
 * after-sales tickets, their stored first-response and solution deadlines and the breach job.
 */
@NullMarked
package com.acme.crm.aftersales.ticket;

import org.jspecify.annotations.NullMarked;
