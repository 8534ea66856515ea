package com.acme.crm.aftersales.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * the net promoter score of a set of answers: the percentage of promoters (9–10) minus the percentage of
 * detractors (0–6), from −100 to 100, to one decimal; passives (7–8) count in the total only. No answers, no score.
 */
public record NpsScore(long responses, long promoters, long passives, long detractors, BigDecimal score) {

    public static NpsScore of(long promoters, long passives, long detractors) {
        long responses = promoters + passives + detractors;
        if (responses == 0) {
            return new NpsScore(0, 0, 0, 0, BigDecimal.ZERO.setScale(1));
        }
        BigDecimal net = BigDecimal.valueOf((promoters - detractors) * 100L);
        return new NpsScore(responses, promoters, passives, detractors,
                net.divide(BigDecimal.valueOf(responses), 1, RoundingMode.HALF_UP));
    }

    /** The score of these NPS answers, each 0–10. */
    public static NpsScore ofAnswers(int... answers) {
        long[] bands = new long[NpsBand.values().length];
        for (int answer : answers) {
            bands[NpsBand.of(answer).ordinal()]++;
        }
        return of(bands[NpsBand.PROMOTER.ordinal()], bands[NpsBand.PASSIVE.ordinal()],
                bands[NpsBand.DETRACTOR.ordinal()]);
    }
}
