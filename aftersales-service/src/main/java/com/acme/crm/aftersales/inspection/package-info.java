/**
 * Proactive inspections: each quarter every customer with an accepted order gets one, owned by its team's service
 * agents; due, overdue and done are visible.
 */
@NullMarked
package com.acme.crm.aftersales.inspection;

import org.jspecify.annotations.NullMarked;
