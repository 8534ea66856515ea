/** The quarterly inspection round as a scheduled job. */
@NullMarked
package com.acme.crm.aftersales.inspection.jobs;

import org.jspecify.annotations.NullMarked;
