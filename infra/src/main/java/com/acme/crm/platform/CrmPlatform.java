package com.acme.crm.platform;

import java.nio.file.Path;

/**
 * Entry point of {@code crm-platform.jar}; {@code ./crm up} runs it from the repository root.
 */
public final class CrmPlatform {

    private CrmPlatform() {
    }

    public static void main(String[] args) {
        Console console = new Console(System.out, System.err);
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            console.error(e.getMessage());
            console.plain(Options.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            console.plain(Options.usage());
            return;
        }
        try {
            // The jar is run from the repository root, so service jars and the data folder resolve against it.
            new UpCommand(options, console, Path.of("").toAbsolutePath(), System.getenv()).run();
        } catch (PlatformException e) {
            console.error(e.getMessage());
            // Exiting runs the shutdown hook, which stops whatever had already started.
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        } catch (Exception e) {
            console.error("unexpected failure: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }
}
