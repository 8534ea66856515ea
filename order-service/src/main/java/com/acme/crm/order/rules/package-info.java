/**
 * Refusals of a role the rule does not name (O-2 approvers, O-16 sales support), answered 403 with the rule's id.
 */
@NullMarked
package com.acme.crm.order.rules;

import org.jspecify.annotations.NullMarked;
