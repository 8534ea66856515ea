package com.acme.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaults() {
        Options options = Options.parse("up");

        assertThat(options.help()).isFalse();
        assertThat(options.fresh()).isFalse();
        assertThat(options.demoData()).isFalse();
        assertThat(options.services()).isNull();
        assertThat(options.dataDir()).isEqualTo(Path.of(".crm-data"));
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.fast()).as("durable unless --fast").isFalse();
    }

    @Test
    void allFlags() {
        Options options = Options.parse("up", "--fresh", "--demo-data", "--no-build", "--services=lead,analytics-service",
                "--data-dir=/tmp/crm", "--kafka-port=19092", "--fast");

        assertThat(options.fresh()).isTrue();
        assertThat(options.demoData()).isTrue();
        assertThat(options.services()).extracting(ServiceDefinition::module)
                .containsExactly("lead-service", "analytics-service");
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/crm"));
        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.fast()).isTrue();
    }

    @Test
    void noneOrEmptyServicesStartsOnlyTheInfrastructure() {
        assertThat(Options.parse("up", "--services=none").services()).isEmpty();
        assertThat(Options.parse("up", "--services=").services()).isEmpty();
        assertThat(Options.parse("up", "--services=all").services()).hasSize(5);
    }

    @Test
    void help() {
        assertThat(Options.parse("--help").help()).isTrue();
        assertThat(Options.parse("up", "--help").help()).isTrue();
        assertThat(Options.usage()).contains("--services=", "--fresh", "--fast", "CRM_DB_HOST");
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        assertThatThrownBy(() -> Options.parse()).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> Options.parse("down")).isInstanceOf(UsageException.class).hasMessageContaining("down");
        assertThatThrownBy(() -> Options.parse("up", "--turbo")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--turbo");
        assertThatThrownBy(() -> Options.parse("up", "--services=lead,billing")).isInstanceOf(UsageException.class)
                .hasMessageContaining("billing");
        assertThatThrownBy(() -> Options.parse("up", "--kafka-port=abc")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> Options.parse("up", "--kafka-port=65535")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> Options.parse("up", "--data-dir=")).isInstanceOf(UsageException.class);
    }
}
