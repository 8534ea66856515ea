package com.acme.crm.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event record's versioned CloudEvents type (for example {@code crm.lead.captured.v1}) and the topic it
 * is published on. The JSON Schema lives at {@code schemas/<type>.json} in this module.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The versioned type name, {@code crm.<aggregate>.<fact>.v<major>}. */
    String value();

    /** The topic of the producing service. */
    String topic();
}
