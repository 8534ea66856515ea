package com.acme.crm.order.quote;

import com.acme.crm.chassis.rules.ForbiddenByRule;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Role;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O-16: sales support takes inquiries but never quotes. */
class SupportDoesNotQuoteTest {

    @Test
    void o16_salesSupportIsRefusedNamingTheRule() {
        CrmUser support = new CrmUser("sup-1", "Support", Set.of(Role.SALES_SUPPORT), null);

        assertThatThrownBy(() -> QuoteDesk.SupportDoesNotQuote.check(support)).isInstanceOf(ForbiddenByRule.class)
                .extracting(e -> ((ForbiddenByRule) e).rule()).isEqualTo("O-16");
    }

    @Test
    void o16_aRepQuotes() {
        CrmUser rep = new CrmUser("rep-1", "Rep", Set.of(Role.SALES_REP), "east");

        assertThatCode(() -> QuoteDesk.SupportDoesNotQuote.check(rep)).doesNotThrowAnyException();
    }
}
