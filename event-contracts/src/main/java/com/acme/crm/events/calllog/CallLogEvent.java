package com.acme.crm.events.calllog;

import com.acme.crm.events.IntegrationEvent;

/** Events about one rep's call logs, keyed by the rep's id so one rep's days stay in order. */
public sealed interface CallLogEvent extends IntegrationEvent permits CallLogClosed {

    String repId();

    @Override
    default String aggregateId() {
        return repId();
    }
}
