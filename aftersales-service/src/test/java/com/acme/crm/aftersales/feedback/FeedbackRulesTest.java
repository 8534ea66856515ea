package com.acme.crm.aftersales.feedback;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** feedback is routed by its class, and the loop closes once when the improvement ships. */
class FeedbackRulesTest {

    @Test
    void a3_productFeedbackGoesToRAndDServiceToAfterSalesProcessToOperations() {
        assertThat(FeedbackFixtures.received(FeedbackClass.PRODUCT).state().queue()).isEqualTo(FeedbackQueue.R_AND_D);
        assertThat(FeedbackFixtures.received(FeedbackClass.SERVICE).state().queue())
                .isEqualTo(FeedbackQueue.AFTER_SALES);
        assertThat(FeedbackFixtures.received(FeedbackClass.PROCESS).state().queue())
                .isEqualTo(FeedbackQueue.OPERATIONS);
    }

    @Test
    void a3_theRoutingOfAClassCanBeConfigured() {
        FeedbackRouting routing = new FeedbackRouting(Map.of(FeedbackClass.PROCESS, FeedbackQueue.AFTER_SALES));

        assertThat(routing.queueFor(FeedbackClass.PROCESS)).isEqualTo(FeedbackQueue.AFTER_SALES);
        assertThat(routing.queueFor(FeedbackClass.PRODUCT)).isEqualTo(FeedbackQueue.R_AND_D);
    }

    @Test
    void a3_shippingTheImprovementGivesTheCustomersOwnerATaskToTellTheCustomer() {
        Feedback feedback = FeedbackFixtures.received(FeedbackClass.PRODUCT);
        Instant shippedAt = FeedbackFixtures.NOW.plus(Duration.ofDays(20));

        FeedbackEvent.ImprovementShipped event = feedback.shipImprovement("firmware 2.4", "rd-lead",
                Duration.ofDays(3), shippedAt);

        FeedbackState.Shipment shipment = feedback.state().shipment();
        assertThat(shipment).isNotNull();
        assertThat(shipment.taskAssignee()).isEqualTo("rep-1");
        assertThat(shipment.taskDueAt()).isEqualTo(shippedAt.plus(Duration.ofDays(3)));
        assertThat(event.taskId()).isEqualTo(shipment.taskId());
        assertThat(event.ownerId()).isEqualTo("rep-1");
        assertThat(event.queue()).isEqualTo(FeedbackQueue.R_AND_D);
    }

    @Test
    void a3_anImprovementShipsOnceAndASecondShipmentIsRefusedNamingTheRule() {
        Feedback feedback = FeedbackFixtures.shipped();
        FeedbackState before = feedback.state();

        assertThatThrownBy(() -> feedback.shipImprovement("again", "rd-lead", Duration.ofDays(3),
                FeedbackFixtures.NOW.plus(Duration.ofDays(40))))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("A-3"));
        assertThat(feedback.state()).isEqualTo(before);
    }
}
