package com.acme.crm.events;

/**
 * A published fact. Every event names the aggregate it is about (its record key and {@code ce_subject}, so
 * that one aggregate's events stay ordered) and carries ids and business facts only, never customer contact
 * data (rule B-3).
 *
 * <p>Each service's events form one sealed family ({@code LeadEvent}, …) that {@link EventCatalog} enumerates, so
 * a new event cannot be published without a schema (the contract tests fail otherwise).
 */
public interface IntegrationEvent {

    /** The id of the aggregate this event is about. */
    String aggregateId();
}
