package com.acme.crm.chassis.openapi;

import com.acme.crm.chassis.security.CrmUser;

import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Only where the service serves OpenAPI documents (springdoc on its classpath): the caller ({@link CrmUser}, resolved
 * from the token) is no request parameter, and {@link ChassisOpenApi} documents security and problem responses.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOpenApiCustomizer")
public class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CrmUser.class);
    }

    @Bean
    ChassisOpenApi chassisOpenApi(@Value("${spring.application.name:crm-service}") String name,
                                  @Value("${spring.application.version:0.1.0-SNAPSHOT}") String version) {
        return new ChassisOpenApi(name, version);
    }

    /**
     * The server is where the document is served ({@code /}), not the host and port this instance saw the request on:
     * behind the ingress that address is not the client's, and in tests it is a random localhost port.
     */
    @Bean
    ServerBaseUrlCustomizer relativeServerUrl() {
        return (serverBaseUrl, request) -> "/";
    }
}
