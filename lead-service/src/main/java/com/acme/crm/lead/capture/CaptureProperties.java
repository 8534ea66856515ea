package com.acme.crm.lead.capture;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Capture settings ({@code crm.lead.capture.*}).
 *
 * @param returningProspectAfter L-10: another rep's open lead without a contact for longer than this goes to the rep
 *                               who captures the prospect again (a week)
 */
@ConfigurationProperties("crm.lead.capture")
public record CaptureProperties(@DefaultValue("7d") Duration returningProspectAfter) {

    public ReturningProspect returningProspect() {
        return new ReturningProspect(returningProspectAfter);
    }
}
