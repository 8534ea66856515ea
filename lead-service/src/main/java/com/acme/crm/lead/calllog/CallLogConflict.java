package com.acme.crm.lead.calllog;

import com.acme.crm.chassis.web.ConflictException;

/** the log's state no longer allows the command (closed already, reviewed already): 409 naming the rule. */
public class CallLogConflict extends ConflictException {

    public CallLogConflict(String message) {
        super("R-2", message);
    }
}
