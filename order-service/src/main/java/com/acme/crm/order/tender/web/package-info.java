/** The tender API ({@code /api/tenders}): commands of each O-8/O-11 step and reads in the caller's data scope. */
@NullMarked
package com.acme.crm.order.tender.web;

import org.jspecify.annotations.NullMarked;
