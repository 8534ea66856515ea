package com.acme.crm.lead;

import com.acme.crm.lead.lead.FirstContactSla;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * lead-service settings ({@code crm.lead.*}); the defaults are the documents' numbers.
 *
 * @param firstContactSla L-2: time from capture to first contact
 * @param tradeShowFollowUpEmail L-2: time from capture to the tailored e-mail of a trade-show lead
 * @param nurtureInterval L-7: an unconverted lead untouched this long gets a nurture task (a quarter)
 * @param businessZone B-1: the zone whose calendar day limits outbound contacts
 * @param deadlineCheckInterval how often the breach and nurture scanners run (and at once when the clock moves)
 * @param deadlineBatchSize leads a scanner handles per transaction
 * @param maxPageSize the largest page a list request may ask for
 * @param maxImportRows the largest trade-show list one import request may carry
 */
@ConfigurationProperties("crm.lead")
public record LeadProperties(
        @DefaultValue("48h") Duration firstContactSla,
        @DefaultValue("24h") Duration tradeShowFollowUpEmail,
        @DefaultValue("90d") Duration nurtureInterval,
        @DefaultValue("Asia/Shanghai") ZoneId businessZone,
        @DefaultValue("30s") Duration deadlineCheckInterval,
        @DefaultValue("200") int deadlineBatchSize,
        @DefaultValue("200") int maxPageSize,
        @DefaultValue("5000") int maxImportRows) {

    public FirstContactSla sla() {
        return new FirstContactSla(firstContactSla, tradeShowFollowUpEmail);
    }
}
