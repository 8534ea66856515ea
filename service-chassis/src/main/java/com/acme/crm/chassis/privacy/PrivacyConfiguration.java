package com.acme.crm.chassis.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The deployment-wide fingerprint salt; set {@code CRM_FINGERPRINT_SALT} in production. */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    @Bean
    ContactFingerprints contactFingerprints(@Value("${crm.privacy.fingerprint-salt}") String salt) {
        return new ContactFingerprints(salt);
    }
}
