package com.acme.crm.chassis.privacy;

import org.jspecify.annotations.Nullable;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Salted HMAC-SHA256 fingerprints of normalised phone numbers and e-mail addresses (rules L-3 and B-3): services
 * match duplicates across their databases by fingerprint, while the contact data itself never leaves its service.
 * Every service of a deployment must share the salt ({@code crm.privacy.fingerprint-salt}).
 */
public class ContactFingerprints {

    private final SecretKeySpec key;

    public ContactFingerprints(String salt) {
        if (salt.length() < 16) {
            throw new IllegalArgumentException("crm.privacy.fingerprint-salt must have at least 16 characters");
        }
        this.key = new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Digits only, with China's +86/0086 country prefix dropped: "+86 138-0013 8000" becomes "13800138000". */
    public static @Nullable String normalisePhone(@Nullable String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }

    /** Trimmed and lower-cased. */
    public static @Nullable String normaliseEmail(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public @Nullable String ofPhone(@Nullable String phone) {
        return hash("phone:", normalisePhone(phone));
    }

    public @Nullable String ofEmail(@Nullable String email) {
        return hash("email:", normaliseEmail(email));
    }

    /** The fingerprints that exist, in order: what events carry and duplicate checks look up (L-3, B-3). */
    public static List<String> present(@Nullable String... fingerprints) {
        List<String> present = new ArrayList<>(fingerprints.length);
        for (String fingerprint : fingerprints) {
            if (fingerprint != null) {
                present.add(fingerprint);
            }
        }
        return present;
    }

    private @Nullable String hash(String kind, @Nullable String normalised) {
        if (normalised == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((kind + normalised).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
