package io.deviceward.device.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.device.DeviceDetails;
import io.deviceward.shared.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NmapXmlReaderTest {
    private static final LocalDate SCAN_DAY = LocalDate.of(2026, 11, 23);

    /** A local "server" that counts connections: any would mean the parser fetched something. */
    private ServerSocket listener;

    private final AtomicInteger connections = new AtomicInteger();
    private Thread acceptor;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        listener.setSoTimeout(200);
        acceptor = Thread.ofVirtual().start(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // keep listening
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        listener.close();
        acceptor.join(2000);
    }

    @Test
    void readsTheLoopbackScan() throws IOException {
        NmapXmlReader.Scan scan = NmapXmlReader.read(fixture("nmap-loopback.xml"));

        assertThat(scan.scannedOn()).isEqualTo(SCAN_DAY);
        assertThat(scan.hosts()).hasSize(1);
        NmapXmlReader.Host host = scan.hosts().getFirst();
        assertThat(host.ipAddresses()).containsExactly("127.0.0.1");
        assertThat(host.hostname()).isEqualTo("localhost");
        assertThat(host.macAddress()).isNull();
        assertThat(host.openPorts()).isEmpty();

        DeviceDetails details = host.toDetails(scan.scannedOn());
        assertThat(details.getName()).isEqualTo("localhost");
        assertThat(details.getManufacturer()).isEqualTo("Unknown");
        assertThat(details.getModel()).isEqualTo("Unknown");
        assertThat(details.getCategory()).isEqualTo("OTHER");
        assertThat(details.getConnection()).isNull();
        assertThat(details.getMacAddress()).isNull();
        assertThat(details.getNotes()).isEqualTo("Open ports (nmap 2026-11-23): none");
    }

    @Test
    void readsTheNamespaceScanWithItsMacAndOpenPort() throws IOException {
        NmapXmlReader.Scan scan = NmapXmlReader.read(fixture("nmap-namespace.xml"));

        assertThat(scan.hosts()).hasSize(1); // the <hosthint> before the <host> is not a second host
        NmapXmlReader.Host host = scan.hosts().getFirst();
        assertThat(host.ipAddresses()).containsExactly("10.231.0.2");
        assertThat(host.macAddress()).isEqualTo("00:1B:21:3C:4D:5E");
        assertThat(host.vendor()).isEqualTo("Intel Corporate");
        assertThat(host.hostname()).isNull();
        assertThat(host.openPorts()).containsExactly(new NmapXmlReader.Port(8080, "tcp", "http-proxy"));
        assertThat(host.line()).isEqualTo(15);

        DeviceDetails details = host.toDetails(scan.scannedOn());
        assertThat(details.getName()).isEqualTo("10.231.0.2");
        assertThat(details.getManufacturer()).isEqualTo("Intel Corporate");
        assertThat(details.getMacAddress()).isEqualTo("00:1B:21:3C:4D:5E");
        assertThat(details.getIpAddresses()).containsExactly("10.231.0.2");
        assertThat(details.getNotes()).isEqualTo("Open ports (nmap 2026-11-23): 8080/tcp http-proxy");
    }

    @Test
    void readsSeveralHostsSkipsThoseDownAndTakesTheBestOsGuess() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE nmaprun>
                <nmaprun scanner="nmap" start="1795432202">
                <host><status state="down" reason="no-response"/><address addr="192.168.1.9" addrtype="ipv4"/></host>
                <host><status state="up" reason="arp-response"/>
                <address addr="192.168.1.20" addrtype="ipv4"/><address addr="fe80::20" addrtype="ipv6"/>
                <address addr="00:09:5B:00:00:01" addrtype="mac" vendor="Netgear"/>
                <hostnames><hostname name="printer.praxis.local" type="PTR"/><hostname name="second" type="user"/></hostnames>
                <ports>
                <port protocol="tcp" portid="22"><state state="closed"/><service name="ssh"/></port>
                <port protocol="tcp" portid="631"><state state="open"/><service name="ipp"/></port>
                <port protocol="udp" portid="161"><state state="open"/></port>
                </ports>
                <os><osmatch name="HP printer firmware" accuracy="96"/><osmatch name="Linux 4.x" accuracy="90"/></os>
                </host>
                </nmaprun>
                """;

        NmapXmlReader.Scan scan = NmapXmlReader.read(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(scan.hosts()).hasSize(1);
        NmapXmlReader.Host host = scan.hosts().getFirst();
        assertThat(host.ipAddresses()).containsExactly("192.168.1.20", "fe80::20");
        assertThat(host.hostname()).isEqualTo("printer.praxis.local");
        assertThat(host.osName()).isEqualTo("HP printer firmware");
        DeviceDetails details = host.toDetails(scan.scannedOn());
        assertThat(details.getName()).isEqualTo("printer.praxis.local");
        assertThat(details.getManufacturer()).isEqualTo("Netgear");
        assertThat(details.getOperatingSystem()).isEqualTo("HP printer firmware");
        assertThat(details.getNotes()).isEqualTo("Open ports (nmap 2026-11-23): 631/tcp ipp, 161/udp");
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<nmaprun start=\"1795432202\"><host><status state=\"up\"/><address addr=\"10.0.0.1\" addrtype=\"ipv4\"/>"
                + "<hostnames><hostname name=\"&xxe;\"/></hostnames></host></nmaprun>";

        assertThatThrownBy(() -> NmapXmlReader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("xxe")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void noExternalResourceIsEverFetched() {
        String base = "http://127.0.0.1:" + listener.getLocalPort();
        String[] hostile = {
            "<?xml version=\"1.0\"?><!DOCTYPE nmaprun SYSTEM \"" + base + "/nmap.dtd\"><nmaprun start=\"1\"></nmaprun>",
            "<?xml version=\"1.0\"?><!DOCTYPE nmaprun [<!ENTITY xxe SYSTEM \"" + base
                    + "/entity\">]><nmaprun>&xxe;</nmaprun>",
            "<?xml version=\"1.0\"?><!DOCTYPE nmaprun [<!ENTITY % p SYSTEM \"" + base + "/param\"> %p;]><nmaprun/>",
            "<?xml version=\"1.0\"?><?xml-stylesheet href=\"" + base + "/nmap.xsl\" type=\"text/xsl\"?><nmaprun/>",
        };
        for (String xml : hostile) {
            try {
                NmapXmlReader.read(xml.getBytes(StandardCharsets.UTF_8));
            } catch (InvalidInputException refused) {
                // refusing is fine; fetching is not
            }
        }
        assertThat(connections).hasValue(0);
    }

    @Test
    void entityExpansionIsRefused() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <nmaprun><host><status state="up"/><hostnames><hostname name="&lol2;"/></hostnames></host></nmaprun>
                """;

        assertThatThrownBy(() -> NmapXmlReader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("was referenced, but not declared");
    }

    @Test
    void otherXmlAndBrokenXmlAreClearErrors() {
        assertThatThrownBy(
                        () -> NmapXmlReader.read("<?xml version=\"1.0\"?><devices/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("This XML file is not an nmap scan: save the scan with nmap -oX");
        assertThatThrownBy(() -> NmapXmlReader.read(
                        "<?xml version=\"1.0\"?>\n<nmaprun>\n<host>\n</nmaprun>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The file is not readable nmap XML (line 4): ");
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = NmapXmlReaderTest.class.getResourceAsStream("/fixtures/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** A CSV, a binary or broken XML uploaded as .xml: refused with a message, and nothing on stderr. */
    @Test
    void nonXmlIsRefusedWithoutPrintingToStderr() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String content :
                    List.of("name,ip\nfoo,1.2.3.4\n", "\u0000\u0001binary", "<nmaprun><host></nmaprun>")) {
                assertThatThrownBy(() -> NmapXmlReader.read(content.getBytes(StandardCharsets.UTF_8)))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("not readable nmap XML");
            }
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
