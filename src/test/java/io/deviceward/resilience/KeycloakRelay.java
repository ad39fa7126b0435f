package io.deviceward.resilience;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Keycloak outage for this JVM alone: every HTTP request the JVM makes to the issuer's host and port
 * (the shared test Keycloak, which must keep running for everyone else) goes through a relay on a free
 * loopback port, by way of the default {@link ProxySelector} (Keycloak accepts a proxy's absolute-form
 * request line, and the relay only copies bytes), so {@link #cut()} makes Keycloak unreachable for this
 * app and {@link #restore()} brings it back. Other hosts, other ports and raw sockets (the database
 * driver) go direct. Installed before the context builds its clients. The test Keycloak starts beside
 * the context ({@code LocalKeycloakEnvironment}) and usually does not answer yet when this initializer
 * runs, so the relay is checked on the first {@link #available()}, once the context (which waits for
 * Keycloak) is up: if Keycloak does not answer through it then, the relay is removed and {@link
 * #available()} says so.
 */
public final class KeycloakRelay implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile ServerSocket listener;
    private static volatile boolean available;
    private static volatile boolean checked;
    private static String discoveryUrl;
    private static ProxySelector previous;
    private static int port;
    private static String host;
    private static int targetPort;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        URI issuer = URI.create(context.getEnvironment().getRequiredProperty("deviceward.oidc.issuer-uri"));
        host = issuer.getHost();
        targetPort = issuer.getPort() < 0 ? 80 : issuer.getPort();
        discoveryUrl = issuer + "/.well-known/openid-configuration";
        previous = ProxySelector.getDefault();
        try {
            restore();
            ProxySelector.setDefault(new ProxySelector() {
                @Override
                public List<Proxy> select(URI uri) {
                    if ("http".equalsIgnoreCase(uri.getScheme())
                            && host.equalsIgnoreCase(uri.getHost())
                            && (uri.getPort() < 0 ? 80 : uri.getPort()) == targetPort) {
                        return List.of(new Proxy(
                                Proxy.Type.HTTP, new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
                    }
                    return previous == null ? List.of(Proxy.NO_PROXY) : previous.select(uri);
                }

                @Override
                public void connectFailed(URI uri, SocketAddress address, IOException e) {}
            });
        } catch (IOException | RuntimeException e) {
            checked = true;
            available = false;
            ProxySelector.setDefault(previous);
            cut();
        }
    }

    /**
     * Whether this JVM reaches Keycloak through the relay (else the benchmark skips the Keycloak rows): on the
     * first call, Keycloak's discovery document is fetched through it (for up to 60 s); if that fails, the
     * relay is removed.
     */
    static synchronized boolean available() {
        if (checked) return available;
        checked = true;
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!available && System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> discovery = client.send(
                        HttpRequest.newBuilder(URI.create(discoveryUrl))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                available = discovery.statusCode() == 200;
                if (!available) Thread.sleep(500);
            } catch (IOException | RuntimeException e) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!available) {
            ProxySelector.setDefault(previous);
            cut();
        }
        return available;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keycloak unreachable for this JVM: the relay's port refuses connections, open ones are closed. */
    static synchronized void cut() {
        try {
            if (listener != null) listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        listener = null;
        for (Socket socket : OPEN) close(socket);
        OPEN.clear();
    }

    /** The relay listens again on the same port. */
    static synchronized void restore() throws IOException {
        if (listener != null) return;
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        port = server.getLocalPort();
        listener = server;
        Thread.ofPlatform().daemon().name("keycloak-relay").start(() -> accept(server));
    }

    private static void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(Proxy.NO_PROXY);
                OPEN.add(client);
                OPEN.add(upstream);
                try {
                    upstream.connect(new InetSocketAddress(host, targetPort), 2_000);
                } catch (IOException e) {
                    close(client);
                    close(upstream);
                    continue;
                }
                copy(client, upstream);
                copy(upstream, client);
            } catch (IOException e) {
                // the listener was closed: cut
            }
        }
    }

    private static void copy(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try {
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException ignored) {
                // one side went away
            } finally {
                close(from);
                close(to);
            }
        });
    }

    private static void close(Socket socket) {
        OPEN.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
