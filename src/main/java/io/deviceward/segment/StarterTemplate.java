package io.deviceward.segment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A starting point for a practice's map: typical segments and the rules between them, all editable. */
public enum StarterTemplate {
    DENTAL(
            "Dental practice",
            List.of(
                    seg("staff", "Staff workstations", SegmentPurpose.STAFF_WORKSTATIONS, 10, "10.10.10.0/24"),
                    seg("clinical", "Treatment rooms", SegmentPurpose.CLINICAL_DEVICES, 20, "10.10.20.0/24"),
                    seg("imaging", "Imaging", SegmentPurpose.IMAGING, 30, "10.10.30.0/24"),
                    seg("servers", "Servers", SegmentPurpose.SERVERS, 40, "10.10.40.0/24"),
                    seg("iot", "Printers and IoT", SegmentPurpose.PRINTERS_IOT, 50, "10.10.50.0/24"),
                    seg("guest", "Guest Wi-Fi", SegmentPurpose.GUEST_WIFI, 90, "10.10.90.0/24"),
                    seg("vendor", "Vendor access", SegmentPurpose.VENDOR_ACCESS, 99, "10.10.99.0/24")),
            List.of(
                    rule("staff", "servers", NamedService.HTTPS, "Practice management software on the server"),
                    rule("staff", "servers", NamedService.SMB, "Shared documents and scanned forms"),
                    rule("imaging", "servers", NamedService.DICOM, "X-ray images stored in the imaging archive"),
                    rule("clinical", "servers", NamedService.HTTPS, "Dental units report treatment data"),
                    rule("staff", "iot", NamedService.RAW_PRINT, "Printing from the front desk"),
                    rule("servers", null, NamedService.HTTPS, "Software updates and encrypted cloud backup"),
                    rule("staff", null, NamedService.HTTPS, "Web access for staff"),
                    rule("guest", null, NamedService.HTTPS, "Internet for patients in the waiting room"),
                    rule("guest", null, NamedService.DNS, "Name look-ups for guests"),
                    rule(
                            "vendor",
                            "servers",
                            NamedService.RDP,
                            "Vendor support of the practice software, on request"))),
    MEDICAL(
            "Medical practice",
            List.of(
                    seg("staff", "Staff workstations", SegmentPurpose.STAFF_WORKSTATIONS, 10, "10.20.10.0/24"),
                    seg("clinical", "Clinical devices", SegmentPurpose.CLINICAL_DEVICES, 20, "10.20.20.0/24"),
                    seg("imaging", "Imaging", SegmentPurpose.IMAGING, 30, "10.20.30.0/24"),
                    seg("servers", "Servers", SegmentPurpose.SERVERS, 40, "10.20.40.0/24"),
                    seg("iot", "Printers and IoT", SegmentPurpose.PRINTERS_IOT, 50, "10.20.50.0/24"),
                    seg("mgmt", "Management", SegmentPurpose.MANAGEMENT, 100, "10.20.100.0/24"),
                    seg("guest", "Guest Wi-Fi", SegmentPurpose.GUEST_WIFI, 90, "10.20.90.0/24"),
                    seg("vendor", "Vendor access", SegmentPurpose.VENDOR_ACCESS, 99, "10.20.99.0/24")),
            List.of(
                    rule("clinical", "servers", NamedService.HL7_MLLP, "Monitors and analysers send results (HL7)"),
                    rule("imaging", "servers", NamedService.DICOM, "Images stored in the archive"),
                    rule("staff", "servers", NamedService.HTTPS, "Practice management and results viewer"),
                    rule("staff", "servers", NamedService.SMB, "Shared documents"),
                    rule("staff", "iot", NamedService.IPP, "Printing"),
                    rule("mgmt", "servers", NamedService.SSH, "Administration of the servers"),
                    rule("servers", null, NamedService.HTTPS, "Software updates and encrypted cloud backup"),
                    rule("staff", null, NamedService.HTTPS, "Web access for staff"),
                    rule("guest", null, NamedService.HTTPS, "Internet for patients in the waiting room"),
                    rule("guest", null, NamedService.DNS, "Name look-ups for guests"),
                    rule(
                            "vendor",
                            "servers",
                            NamedService.RDP,
                            "Vendor support of the practice software, on request")));

    /** A segment of the template, known to its rules by key. */
    record SegmentSpec(String key, SegmentDetails details) {}

    /** An allow between two of the template's segments by key (null: the Internet) for a named service. */
    record RuleSpec(String from, @Nullable String to, NamedService service, String justification) {
        FlowRuleDetails details(Map<String, UUID> ids) {
            FlowRuleDetails d = FlowRuleDetails.allow(
                    Endpoint.segment(ids.get(from)),
                    to == null ? Endpoint.INTERNET : Endpoint.segment(ids.get(to)),
                    service.protocol(),
                    service.ports(),
                    justification);
            d.setService(service);
            return d;
        }

        String owner() {
            return "IT provider";
        }
    }

    private final String label;
    private final List<SegmentSpec> segments;
    private final List<RuleSpec> rules;

    StarterTemplate(String label, List<SegmentSpec> segments, List<RuleSpec> rules) {
        this.label = label;
        this.segments = segments;
        this.rules = rules;
    }

    public String label() {
        return label;
    }

    List<SegmentSpec> segments() {
        return segments;
    }

    List<RuleSpec> rules() {
        return rules;
    }

    private static SegmentSpec seg(String key, String name, SegmentPurpose purpose, int vlan, String cidr) {
        SegmentDetails d = SegmentDetails.of(name, purpose, vlan, cidr);
        d.setGateway(cidr.replace(".0/24", ".1"));
        return new SegmentSpec(key, d);
    }

    private static RuleSpec rule(String from, @Nullable String to, NamedService service, String justification) {
        return new RuleSpec(from, to, service, justification);
    }
}
