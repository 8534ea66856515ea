package com.acme.crm.analytics.funnel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FunnelStageTest {

    @Test
    void n1_onlyQuotedAndSignedAreReachedThroughTheCustomer() {
        assertThat(FunnelStage.values()).filteredOn(FunnelStage::isReachedThroughCustomer)
                .containsExactly(FunnelStage.QUOTED, FunnelStage.SIGNED);
    }
}
