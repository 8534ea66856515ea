package com.acme.crm.customer.customer;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A touch checks the contact rules (B-1, C-6) and reports who touched the customer how (R-2 call logs). */
class CustomerTouchTest {

    private static final Instant NOW = CustomerFixtures.REGISTERED; // 10:00 in Shanghai
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void r2_aTouchReportsWhoTouchedTheCustomerByWhichChannelAndWhen() {
        Customer customer = CustomerFixtures.tierC();

        CustomerEvent.Contacted contacted = customer.touch("PHONE", NOW.minusSeconds(600), false, "am-7", NOW, SHANGHAI);

        assertThat(contacted.by()).isEqualTo("am-7");
        assertThat(contacted.channel()).isEqualTo("PHONE");
        assertThat(contacted.customerInitiated()).isFalse();
        assertThat(contacted.at()).isEqualTo(NOW.minusSeconds(600));
        assertThat(contacted.customer().lastContactAt()).isEqualTo(NOW.minusSeconds(600));
    }

    @Test
    void b1_aSecondOutboundTouchTheSameDayIsRefusedAndReportsNothing() {
        Customer customer = CustomerFixtures.tierC();
        customer.touch("PHONE", NOW, false, "rep-1", NOW, SHANGHAI);

        assertThatThrownBy(() -> customer.touch("EMAIL", NOW.plusSeconds(60), false, "rep-1", NOW.plusSeconds(60), SHANGHAI))
                .isInstanceOf(BusinessRuleViolation.class).hasFieldOrPropertyWithValue("rule", "B-1");
        assertThat(customer.touch("PHONE", NOW.plusSeconds(120), true, "rep-1", NOW.plusSeconds(120), SHANGHAI)
                .customerInitiated()).as("the customer may still call in").isTrue();
    }
}
