package io.deviceward.segment;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The flow rules as CSV for a report or an auditor: one row per rule in order, endpoints by name. */
final class PolicyCsv {
    static final String[] HEADER = {
        "position",
        "action",
        "sourceKind",
        "source",
        "destinationKind",
        "destination",
        "protocol",
        "ports",
        "service",
        "justification",
        "owner",
        "reviewDue"
    };

    private PolicyCsv() {}

    static String of(NetworkSnapshot snapshot) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (FlowRule rule : snapshot.rules()) {
                csv.printRecord(
                        rule.getPosition(),
                        rule.getAction(),
                        rule.getSource().kind(),
                        snapshot.nameOf(rule.getSource()),
                        rule.getDestination().kind(),
                        snapshot.nameOf(rule.getDestination()),
                        rule.getProtocol().label(),
                        rule.getPorts(),
                        rule.getService() == null ? null : rule.getService().label(),
                        rule.getJustification(),
                        rule.getOwner(),
                        rule.getReviewDue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
