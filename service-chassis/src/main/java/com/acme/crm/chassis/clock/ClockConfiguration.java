package com.acme.crm.chassis.clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** One {@link Clock} bean: the system clock, or an {@link AdjustableClock} where {@code crm.clock.adjustable=true}. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    @ConditionalOnProperty(name = "crm.clock.adjustable", havingValue = "true")
    AdjustableClock adjustableClock(ApplicationEventPublisher events) {
        return new AdjustableClock(Clock.systemUTC(), events);
    }

    @Bean
    @ConditionalOnProperty(name = "crm.clock.adjustable", havingValue = "false", matchIfMissing = true)
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
