/**
 * Satisfaction surveys and NPS: one per accepted order, one per active customer per quarter, answered once;
 * the NPS of a period and team.
 */
@NullMarked
package com.acme.crm.aftersales.survey;

import org.jspecify.annotations.NullMarked;
