package io.deviceward.device.transfer;

import io.deviceward.device.DeviceDetails;
import io.deviceward.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML output of an nmap scan ({@code nmap -oX}) into one entry per host that was up.
 *
 * <p>Parsed with the JDK's own StAX parser, with DTD support and external entities switched off and
 * a resolver that refuses every external resource: nmap's {@code <!DOCTYPE nmaprun>} line is skipped,
 * nothing is ever fetched, and a file that references an entity (such as an XXE attempt) is refused.
 */
public final class NmapXmlReader {
    /** Longest operating system text and name a device takes (see DeviceDetails). */
    private static final int MAX_OS_LENGTH = 100;

    private static final int MAX_NAME_LENGTH = 200;

    private NmapXmlReader() {}

    /** The scan: when it ran (null if the file does not say) and the hosts that were up, in file order. */
    public record Scan(LocalDate scannedOn, List<Host> hosts) {
        public Scan {
            hosts = List.copyOf(hosts);
        }
    }

    /** One open port, e.g. 631/tcp ipp. */
    public record Port(int number, String protocol, String service) {
        @Override
        public String toString() {
            return number + "/" + protocol + (service == null || service.isBlank() ? "" : " " + service);
        }
    }

    /**
     * A host that was up. {@code line} is where its {@code <host>} element starts in the file;
     * {@code vendor} is what nmap derived from the MAC's OUI, {@code osName} its best OS guess.
     */
    public record Host(
            int line,
            List<String> ipAddresses,
            String macAddress,
            String vendor,
            String hostname,
            String osName,
            List<Port> openPorts) {
        public Host {
            ipAddresses = List.copyOf(ipAddresses);
            openPorts = List.copyOf(openPorts);
        }

        /** The address to name the host by in messages: hostname, else first IP, else MAC. */
        public String label() {
            if (hostname != null) return hostname;
            if (!ipAddresses.isEmpty()) return ipAddresses.getFirst();
            return macAddress == null ? "host on line " + line : macAddress;
        }

        /**
         * A new device as far as the scan can tell: named by hostname or address, manufacturer from the
         * MAC vendor (else "Unknown"), model "Unknown", category OTHER, nmap's OS guess as operating
         * system, and the open ports in the notes.
         */
        public DeviceDetails toDetails(LocalDate scannedOn) {
            DeviceDetails details = new DeviceDetails();
            String name = label();
            details.setName(name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name);
            details.setCategory("OTHER");
            details.setManufacturer(vendor == null || vendor.isBlank() ? "Unknown" : vendor);
            details.setModel("Unknown");
            details.setHostname(hostname);
            details.setIpAddresses(ipAddresses);
            details.setMacAddress(macAddress);
            if (osName != null) {
                details.setOperatingSystem(
                        osName.length() > MAX_OS_LENGTH ? osName.substring(0, MAX_OS_LENGTH) : osName);
            }
            details.setNotes(portsNote(scannedOn));
            return details;
        }

        /** "Open ports (nmap 2026-11-23): 22/tcp ssh, 631/tcp ipp", or "...: none". */
        public String portsNote(LocalDate scannedOn) {
            String ports = openPorts.isEmpty()
                    ? "none"
                    : openPorts.stream().map(Port::toString).collect(Collectors.joining(", "));
            return "Open ports (nmap" + (scannedOn == null ? "" : " " + scannedOn) + "): " + ports;
        }
    }

    public static Scan read(byte[] content) {
        return read(new ByteArrayInputStream(content));
    }

    public static Scan read(InputStream in) {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(in);
            return scan(xml);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new InvalidInputException(
                    "file",
                    "The file is not readable nmap XML" + (line > 0 ? " (line " + line + ")" : "") + ": "
                            + cleanMessage(e));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    /** The JDK's built-in StAX parser, with DTDs and every external resource switched off. */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not loaded (" + systemId + ")");
        });
        return factory;
    }

    private static Scan scan(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            // skip prolog, DOCTYPE, processing instructions, comments
        }
        if (!xml.isStartElement() || !"nmaprun".equals(xml.getLocalName())) {
            throw new InvalidInputException("file", "This XML file is not an nmap scan: save the scan with nmap -oX");
        }
        LocalDate scannedOn = epochDate(xml.getAttributeValue(null, "start"));
        List<Host> hosts = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "host".equals(xml.getLocalName())) {
                Host host = host(xml);
                if (host != null) {
                    if (hosts.size() == DeviceCsvFormat.MAX_ROWS) {
                        throw new InvalidInputException(
                                "file",
                                "The scan has more than " + String.format(Locale.ROOT, "%,d", DeviceCsvFormat.MAX_ROWS)
                                        + " hosts that are up; import it in parts");
                    }
                    hosts.add(host);
                }
            }
        }
        return new Scan(scannedOn, hosts);
    }

    /** Reads one {@code <host>} up to its end tag; null if the host was not up. */
    private static Host host(XMLStreamReader xml) throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        boolean up = false;
        List<String> ips = new ArrayList<>();
        String mac = null;
        String vendor = null;
        String hostname = null;
        String os = null;
        List<Port> open = new ArrayList<>();
        int depth = 1;
        Port port = null;
        boolean portOpen = false;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("port".equals(xml.getLocalName()) && port != null) {
                    if (portOpen) open.add(port);
                    port = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            depth++;
            switch (xml.getLocalName()) {
                case "status" -> up = "up".equals(xml.getAttributeValue(null, "state"));
                case "address" -> {
                    String addr = blankToNull(xml.getAttributeValue(null, "addr"));
                    String type = xml.getAttributeValue(null, "addrtype");
                    if (addr != null && ("ipv4".equals(type) || "ipv6".equals(type))) {
                        ips.add(addr);
                    } else if (addr != null && "mac".equals(type) && mac == null) {
                        mac = addr;
                        vendor = blankToNull(xml.getAttributeValue(null, "vendor"));
                    }
                }
                case "hostname" -> {
                    if (hostname == null) hostname = blankToNull(xml.getAttributeValue(null, "name"));
                }
                case "osmatch" -> {
                    if (os == null)
                        os = blankToNull(xml.getAttributeValue(null, "name")); // nmap lists the best match first
                }
                case "port" -> {
                    port = portOf(xml);
                    portOpen = false;
                }
                case "state" -> {
                    if (port != null) portOpen = "open".equals(xml.getAttributeValue(null, "state"));
                }
                case "service" -> {
                    if (port != null)
                        port = new Port(
                                port.number(), port.protocol(), blankToNull(xml.getAttributeValue(null, "name")));
                }
                default -> {}
            }
        }
        return up ? new Host(line, ips, mac, vendor, hostname, os, open) : null;
    }

    private static Port portOf(XMLStreamReader xml) {
        String id = xml.getAttributeValue(null, "portid");
        String protocol = xml.getAttributeValue(null, "protocol");
        try {
            return new Port(Integer.parseInt(id), protocol == null ? "tcp" : protocol, null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate epochDate(String seconds) {
        if (seconds == null) return null;
        try {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(seconds.strip())), ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String cleanMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }
}
