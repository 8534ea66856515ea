package com.acme.crm.chassis.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactFingerprintsTest {

    private final ContactFingerprints fingerprints = new ContactFingerprints("a-salt-of-sixteen-chars");

    @Test
    void samePhoneWrittenDifferentlyHasOneFingerprint() {
        assertThat(fingerprints.ofPhone("+86 138-0013-8000"))
                .isEqualTo(fingerprints.ofPhone("13800138000"))
                .isEqualTo(fingerprints.ofPhone("0086 138 0013 8000"))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void emailIsMatchedCaseInsensitively() {
        assertThat(fingerprints.ofEmail(" Li.Wei@Example.COM ")).isEqualTo(fingerprints.ofEmail("li.wei@example.com"));
    }

    @Test
    void fingerprintsDependOnTheSaltAndNeverContainTheContactData() {
        String fingerprint = fingerprints.ofPhone("13800138000");
        assertThat(new ContactFingerprints("another-salt-of-16-chars").ofPhone("13800138000")).isNotEqualTo(fingerprint);
        assertThat(fingerprint).doesNotContain("13800138000");
        assertThat(fingerprints.ofEmail("a@b.c")).isNotEqualTo(fingerprints.ofPhone("a@b.c"));
    }

    @Test
    void missingContactDataHasNoFingerprint() {
        assertThat(fingerprints.ofPhone(null)).isNull();
        assertThat(fingerprints.ofEmail("  ")).isNull();
    }

    @Test
    void theFingerprintsAnEventCarriesAreThoseThatExistPhoneFirst() {
        assertThat(ContactFingerprints.present("p", "e")).containsExactly("p", "e");
        assertThat(ContactFingerprints.present(null, "e")).containsExactly("e");
        assertThat(ContactFingerprints.present(null, null)).isEmpty();
    }

    @Test
    void refusesAShortSalt() {
        assertThatThrownBy(() -> new ContactFingerprints("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksContactDataForReadersOutsideTheSalesTeam() {
        assertThat(Masking.phone("+86 138 0013 8000")).isEqualTo("861****8000");
        assertThat(Masking.phone("13800138000")).isEqualTo("138****8000");
        assertThat(Masking.email("li.wei@example.com")).isEqualTo("l***@example.com");
    }
}
