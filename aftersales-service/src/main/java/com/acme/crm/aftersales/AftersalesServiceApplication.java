package com.acme.crm.aftersales;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** After the sale: tickets and complaints for the customers customer-service registers. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AftersalesServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AftersalesServiceApplication.class, args);
    }
}
