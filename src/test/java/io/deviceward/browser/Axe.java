package io.deviceward.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs Deque's axe-core in the browser's current page and keeps what must not ship: violations of impact
 * serious or critical, each as a line a reader can act on (rule, impact, what it means, where). Every
 * violation, the minor and moderate ones too, goes to a report file for whoever wants to do better.
 */
final class Axe {
    static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final int NODES_SHOWN = 5;

    private Axe() {}

    /**
     * The page's serious and critical violations, one readable block each; empty when there are none. All of
     * the page's violations are appended to {@code report}.
     */
    static List<String> blockingViolations(Browser browser, String page, Path report) {
        browser.waitUntilIdle();
        Results results = new AxeBuilder().analyze(browser.driver());
        if (results.isErrored()) {
            throw new AssertionError("axe-core failed on " + page + ": " + results.getErrorMessage());
        }
        append(
                report,
                results.getViolations().stream()
                        .map(rule -> describe(page, rule))
                        .collect(Collectors.joining(
                                "\n", "", results.getViolations().isEmpty() ? "" : "\n")));
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(rule -> describe(page, rule))
                .toList();
    }

    static String describe(String page, Rule rule) {
        List<CheckedNode> nodes = rule.getNodes();
        String where = nodes.stream()
                .limit(NODES_SHOWN)
                .map(node -> "      at " + node.getTarget() + ": " + oneLine(node.getHtml()) + "\n        "
                        + oneLine(node.getFailureSummary()))
                .collect(Collectors.joining("\n"));
        String more = nodes.size() > NODES_SHOWN ? "\n      … and " + (nodes.size() - NODES_SHOWN) + " more" : "";
        return page + ": " + rule.getImpact() + " " + rule.getId() + " (" + nodes.size() + "x) — " + rule.getHelp()
                + " <" + rule.getHelpUrl() + ">\n" + where + more;
    }

    private static void append(Path report, String text) {
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(
                    report, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
