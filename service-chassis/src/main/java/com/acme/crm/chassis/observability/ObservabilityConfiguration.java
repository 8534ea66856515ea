package com.acme.crm.chassis.observability;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Trace propagation into the outbox. Common tags and exposure are set in {@code crm-chassis-defaults.yml}. */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

    @Bean
    TraceContext traceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceContext(tracer.getIfAvailable(), propagator.getIfAvailable());
    }
}
