package com.acme.crm.aftersales.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * A-4 settings ({@code crm.aftersales.surveys.*}).
 *
 * @param businessZone the zone whose calendar quarters the quarterly round follows
 * @param checkInterval how often the quarterly round looks for active customers without the quarter's survey
 * @param batchSize how many customers one job transaction claims
 */
@ConfigurationProperties("crm.aftersales.surveys")
public record SurveyProperties(@DefaultValue("Asia/Shanghai") ZoneId businessZone,
                               @DefaultValue("5m") Duration checkInterval, @DefaultValue("200") int batchSize) {
}
