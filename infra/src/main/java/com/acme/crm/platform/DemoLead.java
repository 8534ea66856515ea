package com.acme.crm.platform;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One lead of the demo week, exactly the body of {@code POST /api/leads}; referrals (L-1) name a referring customer.
 */
record DemoLead(String name, String company, String phone, String email, String channel, String ownerId,
                String notes, String referrerCustomerId) {

    static final String RESOURCE = "/demo/leads.json";

    static List<DemoLead> load() {
        try (InputStream in = DemoLead.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return Json.MAPPER.readValue(in, new TypeReference<List<DemoLead>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
