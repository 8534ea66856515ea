package com.acme.crm.platform;

import java.io.PrintStream;

/**
 * Short progress lines for a person watching the terminal; library logging stays at WARN so these stand out.
 */
final class Console {

    private final PrintStream out;
    private final PrintStream err;

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void step(String message) {
        out.println("[crm] " + message);
    }

    void warn(String message) {
        err.println("[crm] WARNING: " + message);
    }

    void error(String message) {
        err.println("[crm] ERROR: " + message);
    }

    void plain(String text) {
        out.println(text);
    }
}
