/** The survey API ({@code /api/surveys}): answers and NPS. */
@NullMarked
package com.acme.crm.aftersales.survey.web;

import org.jspecify.annotations.NullMarked;
