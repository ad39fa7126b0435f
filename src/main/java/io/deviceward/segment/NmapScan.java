package io.deviceward.segment;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * What an {@code nmap -oX} file says answered: each host's address and its open ports. A small reader of
 * its own (the device import reads other parts of the same format); DTDs and external entities are off.
 */
record NmapScan(@Nullable Instant startedAt, List<Host> hosts) {

    record Port(Protocol protocol, int number) {}

    record Host(String address, List<Port> open) {}

    static NmapScan read(InputStream xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Instant started = null;
        List<Host> hosts = new ArrayList<>();
        boolean sawRun = false;
        try {
            XMLStreamReader r = factory.createXMLStreamReader(xml);
            String address = null;
            List<Port> open = null;
            String protocol = null;
            String portId = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "nmaprun" -> {
                            sawRun = true;
                            String start = r.getAttributeValue(null, "start");
                            if (start != null && start.matches("\\d+"))
                                started = Instant.ofEpochSecond(Long.parseLong(start));
                        }
                        case "host" -> {
                            address = null;
                            open = new ArrayList<>();
                        }
                        case "address" -> {
                            String type = r.getAttributeValue(null, "addrtype");
                            if (open != null && ("ipv4".equals(type) || "ipv6".equals(type))) {
                                address = r.getAttributeValue(null, "addr");
                            }
                        }
                        case "port" -> {
                            protocol = r.getAttributeValue(null, "protocol");
                            portId = r.getAttributeValue(null, "portid");
                        }
                        case "state" -> {
                            if (open != null && portId != null && "open".equals(r.getAttributeValue(null, "state"))) {
                                Protocol p = "udp".equals(protocol)
                                        ? Protocol.UDP
                                        : "tcp".equals(protocol) ? Protocol.TCP : null;
                                if (p != null && portId.matches("\\d{1,5}"))
                                    open.add(new Port(p, Integer.parseInt(portId)));
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("host".equals(r.getLocalName()) && open != null) {
                        if (address != null) hosts.add(new Host(address, List.copyOf(open)));
                        open = null;
                    } else if ("port".equals(r.getLocalName())) {
                        portId = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("This is not an nmap XML file (nmap -oX): " + e.getMessage(), e);
        }
        if (!sawRun) throw new IllegalArgumentException("This is not an nmap XML file (nmap -oX)");
        return new NmapScan(started, List.copyOf(hosts));
    }
}
