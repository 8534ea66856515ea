package com.acme.crm.chassis;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Adds {@code crm-chassis-defaults.yml} as the lowest-precedence configuration, so every service shares the same
 * messaging, actuator and database defaults and its own {@code application.yml} states only what differs.
 */
class ChassisDefaults implements EnvironmentPostProcessor {

    private static final String RESOURCE = "crm-chassis-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.matchesProfiles("local")) {
            // The local platform moves service clocks by hand (POST /dev/clock) to try SLA rules.
            environment.getPropertySources().addLast(new MapPropertySource("crm-local-profile",
                    Map.of("crm.clock.adjustable", "true")));
        }
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE));
            for (PropertySource<?> source : sources) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
