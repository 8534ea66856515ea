package com.acme.crm.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder that keeps everything a local run produces, so data survives restarts until {@code --fresh}.
 */
final class DataDirectory {

    /** Written on creation; {@code --fresh} only deletes folders carrying it, so a typo in --data-dir cannot wipe a home directory. */
    static final String MARKER = "CRM-DATA.txt";

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    static DataDirectory prepare(Path root, boolean fresh, Console console) {
        try {
            if (fresh && Files.exists(root)) {
                if (!Files.exists(root.resolve(MARKER)) && !isEmpty(root)) {
                    throw new PlatformException("refusing to delete " + root + " for --fresh: it has no " + MARKER
                            + ", so it does not look like a ./crm data folder");
                }
                deleteRecursively(root);
                console.step("--fresh: deleted " + root);
            }
            Files.createDirectories(root.resolve("logs"));
            Path marker = root.resolve(MARKER);
            if (!Files.exists(marker)) {
                Files.writeString(marker, """
                        Local data of ./crm up: PostgreSQL (postgres/), Kafka (kafka/), the dev token issuer's key
                        (dev-issuer-key.json) and service logs (logs/). Delete it with ./crm up --fresh.
                        """);
            }
            return new DataDirectory(root);
        } catch (IOException e) {
            throw new PlatformException("cannot prepare data folder " + root + ": " + e.getMessage(), e);
        }
    }

    Path root() {
        return root;
    }

    Path postgres() {
        return root.resolve("postgres");
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path issuerKey() {
        return root.resolve("dev-issuer-key.json");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
