package com.acme.crm.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks every fixed port before anything starts, because a clash found halfway leaves a confusing half-started platform.
 */
final class PortGuard {

    private PortGuard() {
    }

    /**
     * @param ports port to what wants it, e.g. 9092 to "Kafka"
     */
    static void requireFree(Map<Integer, String> ports) {
        List<String> busy = new ArrayList<>();
        ports.forEach((port, owner) -> {
            if (!isFree(port)) {
                busy.add(port + " (" + owner + ")");
            }
        });
        if (!busy.isEmpty()) {
            throw new PlatformException((busy.size() == 1 ? "port " : "ports ") + String.join(", ", busy) + (busy.size() == 1 ? " is" : " are")
                    + " already in use. Is another ./crm up (or a local Kafka/PostgreSQL) running? "
                    + "Stop it, or find the process with: ss -ltnp | grep -E ':(" + portsRegex(busy) + ")\\b'");
        }
    }

    static boolean isFree(int port) {
        // Binding (rather than connecting) also catches a server that listens but does not answer.
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String portsRegex(List<String> busy) {
        return String.join("|", busy.stream().map(b -> b.substring(0, b.indexOf(' '))).toList());
    }
}
