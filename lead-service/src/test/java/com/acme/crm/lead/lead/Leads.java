package com.acme.crm.lead.lead;

import java.util.Map;

/** Lead fixtures in domain language, as capture requests. */
public final class Leads {

    private Leads() {
    }

    public static Map<String, Object> tradeShowLead(String name) {
        return Map.of("name", name, "company", "Hangzhou Precision Pumps Co.", "phone", "+86 138 0013 8000",
                "email", name.toLowerCase().replace(' ', '.') + "@hzpumps.example.cn", "channel", "TRADE_SHOW",
                "notes", "Met at the Canton Fair, booth 12.1");
    }

    public static Map<String, Object> websiteLead(String name, String phone) {
        return Map.of("name", name, "phone", phone, "channel", "WEBSITE");
    }
}
