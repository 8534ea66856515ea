package com.acme.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevIssuerKeysTest {

    @TempDir
    Path dir;

    // One test on purpose: generating an RSA key is the slow part, and a restart needs exactly one.
    @Test
    void keyIsGeneratedOnceAndReloadedSoTokensSurviveARestart() throws Exception {
        Path file = dir.resolve("dev-issuer-key.json");
        RSAKey first = DevIssuerKeys.loadOrCreate(file);
        String token = new TokenMinter(first, "http://localhost:8090", Clock.systemUTC())
                .mint(DemoUser.load().get(0).tokenRequest());

        RSAKey reloaded = DevIssuerKeys.loadOrCreate(file);

        assertThat(reloaded.getKeyID()).isNotBlank().isEqualTo(first.getKeyID());
        assertThat(reloaded.isPrivate()).isTrue();
        assertThat(reloaded.size()).isEqualTo(2048);
        assertThat(reloaded.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(reloaded.toPublicJWK()))).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
