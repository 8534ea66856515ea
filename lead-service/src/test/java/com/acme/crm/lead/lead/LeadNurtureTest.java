package com.acme.crm.lead.lead;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.acme.crm.lead.lead.LeadFixtures.NOW;
import static com.acme.crm.lead.lead.LeadFixtures.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

/** L-7: an open lead left a quarter without a touch is owed a nurture task; a touched or closed one is not. */
class LeadNurtureTest {

    private static final Duration QUARTER = Duration.ofDays(90);

    @Test
    void l7_anOpenLeadUntouchedForMoreThanAQuarterIsDueANurtureTask() {
        Lead lead = LeadFixtures.contactedWebsiteLead();
        Instant later = NOW.plus(Duration.ofDays(91));
        UUID task = UUID.randomUUID();

        assertThat(lead.nurtureDue(later, QUARTER, task)).hasValueSatisfying(due -> {
            assertThat(due.taskId()).isEqualTo(task);
            assertThat(due.dueAt()).isEqualTo(later);
            assertThat(due.leadId()).isEqualTo(lead.id());
        });
    }

    @Test
    void l7_aLeadTouchedWithinTheQuarterIsNotDue() {
        Lead lead = LeadFixtures.contactedWebsiteLead();

        assertThat(lead.nurtureDue(NOW.plus(Duration.ofDays(89)), QUARTER, UUID.randomUUID())).isEmpty();
    }

    @Test
    void l7_aContactRestartsTheQuarter() {
        Lead lead = LeadFixtures.contactedWebsiteLead();
        Instant touched = NOW.plus(Duration.ofDays(60));
        lead.recordContact(LeadFixtures.callAt(touched), touched, SHANGHAI);

        assertThat(lead.nurtureDue(NOW.plus(Duration.ofDays(91)), QUARTER, UUID.randomUUID())).isEmpty();
        assertThat(lead.nurtureDue(touched.plus(Duration.ofDays(91)), QUARTER, UUID.randomUUID())).isPresent();
    }

    @Test
    void l7_convertedAndArchivedLeadsAreNeverNurtured() {
        Instant later = NOW.plus(Duration.ofDays(365));

        assertThat(LeadFixtures.convertedLead().nurtureDue(later, QUARTER, UUID.randomUUID())).isEmpty();
        assertThat(LeadFixtures.archivedLead(ArchiveReason.values()[0]).nurtureDue(later, QUARTER, UUID.randomUUID()))
                .isEmpty();
    }
}
