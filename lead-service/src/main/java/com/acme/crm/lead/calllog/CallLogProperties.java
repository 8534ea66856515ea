package com.acme.crm.lead.calllog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalTime;

/**
 * Call-log settings ({@code crm.lead.call-log.*}); the business zone is lead-service's ({@code crm.lead.business-zone}).
 *
 * @param closeBy R-2: the evening meeting, before which the day's log is closed (HH:mm in the business zone)
 * @param maxEntries the most calls (or questions) of each kind one log lists
 */
@ConfigurationProperties("crm.lead.call-log")
public record CallLogProperties(@DefaultValue("17:30") String closeBy, @DefaultValue("500") int maxEntries) {

    public CallLogProperties {
        LocalTime.parse(closeBy);
    }

    public LocalTime closeByTime() {
        return LocalTime.parse(closeBy);
    }
}
