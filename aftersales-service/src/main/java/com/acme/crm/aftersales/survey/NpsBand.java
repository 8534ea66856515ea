package com.acme.crm.aftersales.survey;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

/** an NPS answer (0–10) is a promoter at 9–10, a passive at 7–8 and a detractor at 0–6. */
public enum NpsBand {
    PROMOTER, PASSIVE, DETRACTOR;

    public static NpsBand of(int nps) {
        if (nps < 0 || nps > 10) {
            throw new BusinessRuleViolation("A-4", "NPS is 0 to 10, not " + nps);
        }
        return nps >= 9 ? PROMOTER : nps >= 7 ? PASSIVE : DETRACTOR;
    }
}
