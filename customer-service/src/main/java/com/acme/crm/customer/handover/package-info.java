/** Handover: a customer, a list, or all of a departing rep's customers move to another rep with their open tasks (C-8). */
package com.acme.crm.customer.handover;
