package com.acme.crm.events;

import com.acme.crm.events.aftersales.ComplaintEvent;
import com.acme.crm.events.aftersales.FeedbackEvent;
import com.acme.crm.events.aftersales.InspectionEvent;
import com.acme.crm.events.aftersales.SurveyEvent;
import com.acme.crm.events.aftersales.TicketEvent;
import com.acme.crm.events.calllog.CallLogEvent;
import com.acme.crm.events.customer.CustomerEvent;
import com.acme.crm.events.intelligence.IntelligenceEvent;
import com.acme.crm.events.lead.LeadEvent;
import com.acme.crm.events.order.OrderEvent;
import com.acme.crm.events.order.QuoteEvent;
import com.acme.crm.events.order.RequirementEvent;
import com.acme.crm.events.order.TenderEvent;
import com.acme.crm.events.plan.PlanEvent;
import com.acme.crm.events.referral.ReferralEvent;
import com.acme.crm.events.team.TeamEvent;
import com.acme.crm.events.visitplan.VisitPlanEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every event type of the platform, read from the sealed event family of each producing service, so the list
 * cannot fall behind the code.
 */
public final class EventCatalog {

    /** The sealed event family of each producing service. */
    private static final List<Class<? extends IntegrationEvent>> FAMILIES = List.of(LeadEvent.class, TeamEvent.class, CustomerEvent.class, OrderEvent.class,
            RequirementEvent.class, QuoteEvent.class, TenderEvent.class, TicketEvent.class, ComplaintEvent.class,
            FeedbackEvent.class, SurveyEvent.class, InspectionEvent.class, CallLogEvent.class,
            PlanEvent.class, IntelligenceEvent.class, ReferralEvent.class,
            VisitPlanEvent.class);

    private static final Map<String, EventDescriptor> BY_TYPE;
    private static final Map<Class<?>, EventDescriptor> BY_CLASS;

    static {
        Map<String, EventDescriptor> byType = new LinkedHashMap<>();
        Map<Class<?>, EventDescriptor> byClass = new LinkedHashMap<>();
        for (Class<? extends IntegrationEvent> type : FAMILIES.stream().flatMap(family -> leaves(family).stream()).toList()) {
            EventType annotation = type.getAnnotation(EventType.class);
            if (annotation == null) {
                throw new IllegalStateException(type.getName() + " has no @EventType");
            }
            EventDescriptor descriptor = new EventDescriptor(annotation.value(), annotation.topic(), type);
            if (byType.put(descriptor.type(), descriptor) != null) {
                throw new IllegalStateException("Event type " + descriptor.type() + " is declared twice");
            }
            byClass.put(type, descriptor);
        }
        BY_TYPE = Collections.unmodifiableMap(byType);
        BY_CLASS = Collections.unmodifiableMap(byClass);
    }

    private EventCatalog() {
    }

    /** All event types, in declaration order. */
    public static List<EventDescriptor> all() {
        return List.copyOf(BY_TYPE.values());
    }

    /** The descriptor of a {@code ce_type}, if this version of the contracts knows it. */
    public static Optional<EventDescriptor> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The descriptor of an event record class. */
    public static EventDescriptor of(Class<? extends IntegrationEvent> payloadType) {
        EventDescriptor descriptor = BY_CLASS.get(payloadType);
        if (descriptor == null) {
            throw new IllegalArgumentException(payloadType.getName() + " is not an event of the catalog");
        }
        return descriptor;
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends IntegrationEvent>> leaves(Class<?> root) {
        List<Class<? extends IntegrationEvent>> result = new ArrayList<>();
        Class<?>[] permitted = root.getPermittedSubclasses();
        if (permitted == null) {
            result.add((Class<? extends IntegrationEvent>) root);
            return result;
        }
        for (Class<?> sub : permitted) {
            result.addAll(leaves(sub));
        }
        return result;
    }
}
