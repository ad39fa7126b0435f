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
 * driver) go direct. Installed before the context builds its clients; if the relay does not get an
 * answer from Keycloak, nothing is installed and {@link #available()} says so.
 */
public final class KeycloakRelay implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile ServerSocket listener;
    private static volatile boolean available;
    private static int port;
    private static String host;
    private static int targetPort;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        URI issuer = URI.create(context.getEnvironment().getRequiredProperty("deviceward.oidc.issuer-uri"));
        host = issuer.getHost();
        targetPort = issuer.getPort() < 0 ? 80 : issuer.getPort();
        ProxySelector previous = ProxySelector.getDefault();
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
            HttpResponse<Void> discovery = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            available = discovery.statusCode() == 200;
        } catch (IOException | RuntimeException e) {
            available = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            available = false;
        }
        if (!available) {
            ProxySelector.setDefault(previous);
            cut();
        }
    }

    /** Whether this JVM reaches Keycloak through the relay (else the benchmark skips the Keycloak rows). */
    static boolean available() {
        return available;
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
