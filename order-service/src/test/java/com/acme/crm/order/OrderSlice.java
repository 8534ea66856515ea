package com.acme.crm.order;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;

/** What order-service's controllers take besides their services, for a web slice: the settings, at their defaults. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrderProperties.class)
public class OrderSlice {
}
