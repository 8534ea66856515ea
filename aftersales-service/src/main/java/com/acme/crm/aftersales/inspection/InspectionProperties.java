package com.acme.crm.aftersales.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * A-5 settings ({@code crm.aftersales.inspections.*}).
 *
 * @param businessZone the zone whose calendar quarters the inspections follow; one is due by its quarter's end
 * @param checkInterval how often the job looks for customers without the quarter's inspection
 * @param batchSize how many customers one job transaction claims
 */
@ConfigurationProperties("crm.aftersales.inspections")
public record InspectionProperties(@DefaultValue("Asia/Shanghai") ZoneId businessZone,
                                   @DefaultValue("5m") Duration checkInterval, @DefaultValue("200") int batchSize) {
}
