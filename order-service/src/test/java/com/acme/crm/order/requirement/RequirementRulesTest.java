package com.acme.crm.order.requirement;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O-1: an order starts from a complete, confirmed requirement. */
class RequirementRulesTest {

    @Test
    void o1_anIncompleteRequirementIsNotConfirmedAndSaysWhatIsMissing() {
        Requirement draft = RequirementFixtures.draftWithoutDelivery();

        assertThatThrownBy(() -> draft.confirm("rep-1", RequirementFixtures.NOW))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("deliveryBy").hasMessageContaining("deliveryPlace")
                .hasMessageContaining("acceptanceCriteria")
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("O-1");
        assertThat(draft.state().status()).isEqualTo(RequirementStatus.DRAFT);
    }

    @Test
    void o1_aCompleteRequirementIsConfirmedWithItsDeliveryMeaning() {
        Requirement draft = RequirementFixtures.completeDraft();

        RequirementEvent.Confirmed confirmed = draft.confirm("rep-1", RequirementFixtures.NOW);

        assertThat(draft.state().status()).isEqualTo(RequirementStatus.CONFIRMED);
        assertThat(confirmed.deliveryMeaning()).isEqualTo(DeliveryMeaning.INSTALLATION_COMPLETE);
        assertThat(confirmed.lineCount()).isEqualTo(1);
        assertThat(confirmed.ownerId()).isEqualTo("rep-1");
    }

    @Test
    void o1_aDeliveryTimeAlreadyPastIsRefused() {
        Requirement draft = RequirementFixtures.completeDraft();

        assertThatThrownBy(() -> draft.confirm("rep-1", RequirementFixtures.NOW.plus(Duration.ofDays(61))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("passed");
    }

    @Test
    void o1_aDraftIsNotTheStartOfAQuoteButAConfirmedRequirementIs() {
        assertThatThrownBy(() -> RequirementFixtures.completeDraft().requireConfirmed())
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("O-1");
        Requirement.restore(RequirementFixtures.confirmed()).requireConfirmed();
    }

    @Test
    void o1_confirmingTwiceIsRefused() {
        Requirement requirement = Requirement.restore(RequirementFixtures.confirmed());

        assertThatThrownBy(() -> requirement.confirm("rep-1", RequirementFixtures.NOW))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("already confirmed");
    }
}
