package com.acme.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dev issuer grants the scopes the services check: infra does not depend on the chassis, so this test reads the
 * chassis' {@code Scopes} constants from its source and compares them with {@link TokenRequest#SCOPES}.
 */
class ScopeNamesTest {

    private static final Path CHASSIS_SCOPES =
            Path.of("..", "service-chassis", "src", "main", "java", "com", "acme", "crm", "chassis", "security",
                    "Scopes.java");
    private static final Pattern CONSTANT = Pattern.compile("public static final String \\w+ = \"([^\"]+)\";");

    @Test
    void theIssuerKnowsExactlyTheScopesTheChassisDefines() throws Exception {
        String source = Files.readString(CHASSIS_SCOPES);
        List<String> chassis = CONSTANT.matcher(source).results().map(match -> match.group(1)).toList();

        assertThat(chassis).isNotEmpty();
        assertThat(TokenRequest.SCOPES).containsExactlyInAnyOrderElementsOf(chassis);
    }
}
