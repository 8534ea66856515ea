package com.acme.crm.chassis.inbox;

import com.acme.crm.events.IntegrationEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/** The event types one consumer handles; every other type on its topics is skipped (tolerant reader). */
public final class EventHandlers {

    private final Map<Class<?>, EventHandler<?>> handlers = new LinkedHashMap<>();

    public <E extends IntegrationEvent> EventHandlers on(Class<E> type, EventHandler<E> handler) {
        if (handlers.put(type, handler) != null) {
            throw new IllegalArgumentException("Two handlers for " + type.getSimpleName());
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    <E extends IntegrationEvent> EventHandler<E> handlerFor(Class<E> type) {
        return (EventHandler<E>) handlers.get(type);
    }
}
