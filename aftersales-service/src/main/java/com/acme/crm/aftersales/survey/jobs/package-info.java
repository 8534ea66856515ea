/** The quarterly survey round as a scheduled job. */
@NullMarked
package com.acme.crm.aftersales.survey.jobs;

import org.jspecify.annotations.NullMarked;
