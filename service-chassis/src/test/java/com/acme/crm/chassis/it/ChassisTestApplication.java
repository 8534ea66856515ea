package com.acme.crm.chassis.it;

import com.acme.crm.chassis.inbox.Inbox;
import com.acme.crm.events.lead.LeadCaptured;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import org.springframework.r2dbc.core.DatabaseClient;

import java.util.function.Consumer;

/** A minimal service built on the chassis, to test the chassis as a service uses it. */
@SpringBootApplication
public class ChassisTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChassisTestApplication.class, args);
    }

    @Bean
    Consumer<Message<byte[]>> probeLeadEvents(Inbox inbox, DatabaseClient db) {
        return inbox.consumer("chassis-it", handlers -> handlers
                .on(LeadCaptured.class, (event, metadata) -> db
                        .sql("insert into received_lead (lead_id, channel) values (:id, :channel)")
                        .bind("id", event.leadId())
                        .bind("channel", event.channel())
                        .then()));
    }
}
