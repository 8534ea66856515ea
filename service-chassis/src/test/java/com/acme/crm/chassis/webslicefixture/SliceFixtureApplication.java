package com.acme.crm.chassis.webslicefixture;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service a web slice finds; it brings nothing but its controller and the application service it calls. */
@SpringBootApplication
class SliceFixtureApplication {
}
