/** The inspection API ({@code /api/inspections}). */
@NullMarked
package com.acme.crm.aftersales.inspection.web;

import org.jspecify.annotations.NullMarked;
