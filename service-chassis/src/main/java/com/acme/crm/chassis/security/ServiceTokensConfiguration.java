package com.acme.crm.chassis.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;


/**
 * This service's client credentials ({@code CRM_SERVICE_TOKEN_URI}, {@code CRM_SERVICE_CLIENT_ID},
 * {@code CRM_SERVICE_CLIENT_SECRET}); the defaults are the local platform's dev issuer.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceTokensConfiguration {

    @Bean
    ServiceTokens serviceTokens(ObjectProvider<WebClient.Builder> http,
                                @Value("${crm.service-auth.token-uri}") String tokenUri,
                                @Value("${crm.service-auth.client-id}") String clientId,
                                @Value("${crm.service-auth.client-secret}") String clientSecret) {
        return new ServiceTokens(http.getIfAvailable(WebClient::builder).build(), tokenUri, clientId, clientSecret);
    }
}
