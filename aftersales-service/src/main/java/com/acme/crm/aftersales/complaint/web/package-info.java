/**
 * The complaint API (/api/complaints).
 */
@NullMarked
package com.acme.crm.aftersales.complaint.web;

import org.jspecify.annotations.NullMarked;
