/**
 * Answers a refusal by rule with 403 application/problem+json naming the rule.
 */
@NullMarked
package com.acme.crm.order.rules.web;

import org.jspecify.annotations.NullMarked;
