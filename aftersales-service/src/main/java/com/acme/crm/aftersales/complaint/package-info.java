/**
 * customer complaints, their chained clocks (apology and plan, execution, callback), escalation and closure.
 */
@NullMarked
package com.acme.crm.aftersales.complaint;

import org.jspecify.annotations.NullMarked;
