package com.acme.crm.chassis.privacy;

import org.jspecify.annotations.Nullable;

/** Masks contact data for readers outside the sales team (rule B-3): enough to recognise, not to use. */
public final class Masking {

    private Masking() {
    }

    /** "13800138000" becomes "138****8000". */
    public static @Nullable String phone(@Nullable String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 7) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    /** "li.wei@example.com" becomes "l***@example.com". */
    public static @Nullable String email(@Nullable String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
