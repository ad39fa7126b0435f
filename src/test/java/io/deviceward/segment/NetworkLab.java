package io.deviceward.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A practice network made of Linux network namespaces, for tests run as root: one router namespace and one
 * namespace per host, each host joined to the router by its own veth pair. Hosts get a /32 address and
 * route everything, even traffic to their own segment, through the router, so the router's forward chain
 * decides all of it (as a switch with port isolation would send it). Addresses exist only inside these
 * namespaces; nothing is added to the machine's own network. Names are unique per run; {@link #close}
 * removes every namespace and process, also after a failure.
 */
final class NetworkLab implements AutoCloseable {
    private final String prefix = "dw"
            + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    private final String router = prefix + "-router";
    private final Map<String, String> hosts = new LinkedHashMap<>(); // name -> namespace
    private final List<Process> processes = new ArrayList<>();
    private final List<String> namespaces = new ArrayList<>();
    private int links;

    NetworkLab() throws Exception {
        try {
            namespace(router);
            run(router, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1");
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** A host with this address, whose gateway (the router's side) is {@code gateway}. */
    void host(String name, String address, String gateway) throws Exception {
        String ns = prefix + "-" + name;
        namespace(ns);
        String routerSide = "r" + (links++);
        exec("ip", "link", "add", "eth0", "netns", ns, "type", "veth", "peer", "name", routerSide, "netns", router);
        run(ns, "ip", "addr", "add", address + "/32", "dev", "eth0");
        run(ns, "ip", "link", "set", "eth0", "up");
        run(ns, "ip", "route", "add", gateway, "dev", "eth0");
        run(ns, "ip", "route", "add", "default", "via", gateway, "dev", "eth0");
        run(router, "ip", "addr", "add", gateway + "/32", "dev", routerSide);
        run(router, "ip", "link", "set", routerSide, "up");
        run(router, "ip", "route", "add", address + "/32", "dev", routerSide);
        hosts.put(name, ns);
    }

    /** A TCP service on the host that answers every connection. */
    void listen(String host, String address, int port) throws Exception {
        Process listener = new ProcessBuilder(
                        "ip",
                        "netns",
                        "exec",
                        hosts.get(host),
                        "socat",
                        "TCP-LISTEN:" + port + ",bind=" + address + ",fork,reuseaddr",
                        "SYSTEM:echo ok")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        processes.add(listener);
        for (int i = 0; i < 50; i++) {
            if (exec(hosts.get(host), List.of("ss", "-Hltn", "sport", "=", ":" + port))
                    .contains(":" + port)) return;
            Thread.sleep(100);
        }
        throw new IllegalStateException("socat did not listen on " + address + ":" + port);
    }

    /** Loads an nftables ruleset into the router. */
    void loadRuleset(String ruleset) throws Exception {
        Path file = Files.createTempFile(prefix, ".nft");
        try {
            Files.writeString(file, ruleset, StandardCharsets.UTF_8);
            run(router, "nft", "-f", file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Removes the router's rules: it then forwards everything. */
    void flushRuleset() throws Exception {
        run(router, "nft", "flush", "ruleset");
    }

    /** Whether a TCP connection from the host to the address and port is set up within two seconds. */
    boolean connects(String from, String address, int port) throws Exception {
        Process p = new ProcessBuilder(
                        "ip",
                        "netns",
                        "exec",
                        hosts.get(from),
                        "timeout",
                        "2",
                        "bash",
                        "-c",
                        "exec 3<>/dev/tcp/" + address + "/" + port)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    /** Runs a command in the host's namespace and returns its output. */
    String inHost(String host, List<String> command) throws Exception {
        return exec(hosts.get(host), command);
    }

    private void namespace(String ns) throws Exception {
        exec("ip", "netns", "add", ns);
        namespaces.add(ns);
        run(ns, "ip", "link", "set", "lo", "up");
    }

    private void run(String ns, String... command) throws Exception {
        exec(ns, List.of(command));
    }

    private static String exec(String ns, List<String> command) throws Exception {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        full.addAll(command);
        return exec(full.toArray(String[]::new));
    }

    private static String exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + output);
        }
        return output;
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroyForcibly();
        }
        for (String ns : namespaces.reversed()) {
            try {
                Process pids = new ProcessBuilder("ip", "netns", "pids", ns).start();
                for (String pid : new String(pids.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .toList()) {
                    new ProcessBuilder("kill", "-9", pid.strip()).start().waitFor(5, TimeUnit.SECONDS);
                }
                new ProcessBuilder("ip", "netns", "del", ns).start().waitFor(10, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                // best effort: go on with the others
            }
        }
    }
}
