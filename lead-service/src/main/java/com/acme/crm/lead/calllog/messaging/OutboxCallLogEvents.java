package com.acme.crm.lead.calllog.messaging;

import com.acme.crm.chassis.outbox.Outbox;
import com.acme.crm.events.calllog.CallLogClosed;
import com.acme.crm.lead.calllog.CallLogEvent;
import com.acme.crm.lead.calllog.CallLogEventPublisher;
import com.acme.crm.lead.calllog.CallLogState;
import com.acme.crm.lead.calllog.CallTally;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** a closed call log goes out as CallLogClosed (counts only, B-3); the other changes are audited only. */
@Component
class OutboxCallLogEvents implements CallLogEventPublisher {

    private final Outbox outbox;

    OutboxCallLogEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> publish(CallLogEvent event) {
        if (!(event instanceof CallLogEvent.Closed closed)) {
            return Mono.empty();
        }
        CallLogState s = closed.log();
        CallTally t = closed.tally();
        return outbox.append(new CallLogClosed(s.repId(), s.team(), s.date(), t.leadCalls(), t.customerCalls(),
                t.otherCalls(), t.effectiveCalls(), t.openQuestions(), s.late(), closed.at()));
    }
}
