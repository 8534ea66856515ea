package com.acme.crm.aftersales;

import com.acme.crm.chassis.test.ServiceArchitecture;

import org.junit.jupiter.api.Test;

/** The shared service architecture rules (see {@link ServiceArchitecture}) hold for this service. */
class ArchitectureTest {

    @Test
    void followsTheServiceArchitecture() {
        ServiceArchitecture.check("com.acme.crm.aftersales");
    }
}
