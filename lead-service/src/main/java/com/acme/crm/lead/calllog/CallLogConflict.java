package com.acme.crm.lead.calllog;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

/**
 * the log's state no longer allows the command (closed already, reviewed already); the web layer answers 409
 * naming the rule.
 */
public class CallLogConflict extends BusinessRuleViolation {

    public CallLogConflict(String message) {
        super("R-2", message);
    }
}
