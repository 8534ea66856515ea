/** The feedback API ({@code /api/feedback}). */
@NullMarked
package com.acme.crm.aftersales.feedback.web;

import org.jspecify.annotations.NullMarked;
