package com.acme.crm.chassis.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on a fixed local port, for tests that need a server to be unreachable and then appear: point a
 * client at the port before the proxy starts (connection refused), then start it. {@link #close()} cuts every
 * connection it forwards and refuses new ones, as a server that stopped; start a proxy on the same port to bring it
 * back. Kafka clients only bootstrap through it; the broker's metadata then sends them to its real address.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private boolean closed;

    private TcpProxy(int port, String targetHost, int targetPort) throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                Socket client;
                try {
                    client = server.accept();
                } catch (IOException closed) {
                    return;
                }
                if (!track(client)) {
                    return;
                }
                try {
                    Socket target = new Socket(targetHost, targetPort);
                    if (!track(target)) {
                        return;
                    }
                    pump(client, target);
                    pump(target, client);
                } catch (IOException targetDown) {
                    closeQuietly(client);
                }
            }
        }, "tcp-proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts forwarding {@code localhost:port} to the target. */
    public static TcpProxy start(int port, String target) {
        String[] hostAndPort = target.split(",")[0].split(":");
        try {
            return new TcpProxy(port, hostAndPort[0], Integer.parseInt(hostAndPort[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // the peer closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** Keeps the socket to cut it on close; a socket accepted while the proxy closes is reset at once. */
    private synchronized boolean track(Socket socket) {
        if (closed) {
            reset(socket);
            return false;
        }
        open.add(socket);
        return true;
    }

    private void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException alreadyClosed) {
            // nothing to reset
        }
        closeQuietly(socket);
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    /**
     * Stops listening and cuts every forwarded connection with a reset, so no socket lingers on the port and a new
     * proxy (or another listener) can take it at once.
     */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        server.close();
        open.forEach(this::reset);
    }
}
