package com.acme.crm.customer.customer;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** A person at the customer: confidential to the sales team (B-3); matched across services by fingerprint (L-3). */
public record ContactPerson(UUID id, String name, @Nullable String title, @Nullable String phone,
                            @Nullable String email, @Nullable String wechat, @Nullable LocalDate birthday,
                            @Nullable String phoneFingerprint, @Nullable String emailFingerprint) {

    /** The same person with the fingerprints of their phone and e-mail (L-3). */
    public ContactPerson withFingerprints(@Nullable String phonePrint, @Nullable String emailPrint) {
        return new ContactPerson(id, name, title, phone, email, wechat, birthday, phonePrint, emailPrint);
    }
}
