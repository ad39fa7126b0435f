package io.deviceward.segment;

/** The services practices commonly allow, so a rule can say "DICOM" instead of "tcp 104,11112". */
public enum NamedService {
    DICOM("DICOM", Protocol.TCP, "104,11112"),
    HL7_MLLP("HL7 / MLLP", Protocol.TCP, "2575"),
    HTTPS("HTTPS", Protocol.TCP, "443"),
    HTTP("HTTP", Protocol.TCP, "80"),
    RDP("Remote desktop (RDP)", Protocol.TCP, "3389"),
    SMB("File sharing (SMB)", Protocol.TCP, "445"),
    SSH("SSH", Protocol.TCP, "22"),
    DNS("DNS", Protocol.UDP, "53"),
    NTP("NTP", Protocol.UDP, "123"),
    DHCP("DHCP", Protocol.UDP, "67-68"),
    SYSLOG("Syslog", Protocol.UDP, "514"),
    IPP("Printing (IPP)", Protocol.TCP, "631"),
    RAW_PRINT("Printing (raw, 9100)", Protocol.TCP, "9100"),
    SQL_SERVER("SQL Server", Protocol.TCP, "1433");

    private final String label;
    private final Protocol protocol;
    private final String ports;

    NamedService(String label, Protocol protocol, String ports) {
        this.label = label;
        this.protocol = protocol;
        this.ports = ports;
    }

    public String label() {
        return label;
    }

    public Protocol protocol() {
        return protocol;
    }

    public String ports() {
        return ports;
    }
}
