package io.deviceward.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Views take every text a person reads from the translations (getTranslation), never from a literal: a literal that
 * reads like words ("Save", "No devices yet") in a view's source fails the build. Literals that are not read by
 * people (ids, CSS classes, routes, attribute names, keys) are recognised by the call they sit in.
 *
 * <p>The views written before the two languages are listed in {@link #NOT_YET_TRANSLATED}; the list may only shrink:
 * a listed view that no longer holds a literal text fails too, so it is taken off. See
 * docs/decisions/2026-12-02-two-languages.md.
 */
class HardCodedTextTest {
    private static final Path SOURCES = Path.of("src/main/java/io/deviceward");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Words a person reads: a capital letter followed by a small one, or two words. */
    private static final Pattern READS_AS_WORDS = Pattern.compile("[A-Z][a-z]|[a-z]{2,} [a-z]{2,}");
    /** A camelCase identifier ("practiceId", a route parameter), an HTTP header name, or the product's name. */
    private static final Pattern NOT_WORDS =
            Pattern.compile("[a-z]+(?:[A-Z][a-z0-9]*)+|[A-Z][a-z]+(?:-[A-Z][a-z]+)+|DeviceWard");
    /** Calls whose string arguments are never shown as text. */
    private static final Pattern NOT_SHOWN = Pattern.compile(
            "setId\\(|addClassName|removeClassName|setClassName|@Route|@RouteAlias|@StyleSheet|getThemeList|"
                    + "getStyle\\(\\)|setAttribute\\(\"(?!aria-label|title|placeholder)|getAttribute\\(|setKey\\(|"
                    + "setWidth|setHeight|setMaxWidth|setMinWidth|getTranslation\\(|\\bt\\(|RouteParameters|"
                    + "RouteIds\\.|getSingleParameter|QueryParameters|setContentType|setFileName|log\\.|"
                    + "LoggerFactory|executeJs|callJsFunction|new Element\\(|getElement\\(\\)\\.getTag|"
                    + "addThemeVariants|setThemeName|setPattern|getParameters\\(\\)|historyOf\\(|NotFoundException\\(|\\.bind\\(\"");

    static final Set<String> NOT_YET_TRANSLATED = Set.of();

    @Test
    void translatedViewsHoldNoTextOfTheirOwn() throws IOException {
        Map<String, List<String>> texts = literalTexts();
        Map<String, List<String>> offending = new TreeMap<>(texts);
        offending.keySet().removeAll(NOT_YET_TRANSLATED);
        assertThat(offending)
                .as("views with texts not taken from the translations")
                .isEmpty();
    }

    @Test
    void theListOfViewsStillToTranslateOnlyShrinks() throws IOException {
        Set<String> stillListed = new TreeSet<>(NOT_YET_TRANSLATED);
        stillListed.removeAll(literalTexts().keySet());
        assertThat(stillListed)
                .as("views translated by now: take them off NOT_YET_TRANSLATED")
                .isEmpty();
    }

    /** View source (relative path) to the literals in it that read as words. */
    static Map<String, List<String>> literalTexts() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(HardCodedTextTest::isView).toList()) {
                List<String> texts = new ArrayList<>();
                boolean inComment = false;
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    if (code.startsWith("/*")) inComment = true;
                    if (inComment) {
                        if (code.contains("*/")) inComment = false;
                        continue;
                    }
                    if (code.startsWith("//") || code.startsWith("*") || code.startsWith("import ")) continue;
                    if (NOT_SHOWN.matcher(code).find()) continue;
                    Matcher m = LITERAL.matcher(code.replaceAll("//.*$", ""));
                    while (m.find()) {
                        if (READS_AS_WORDS.matcher(m.group(1)).find()
                                && !NOT_WORDS.matcher(m.group(1)).matches()) texts.add(m.group(1));
                    }
                }
                if (!texts.isEmpty()) {
                    found.put(SOURCES.relativize(file).toString().replace('\\', '/'), texts);
                }
            }
        }
        return found;
    }

    private static boolean isView(Path file) {
        String path = SOURCES.relativize(file).toString().replace('\\', '/');
        return path.endsWith(".java")
                && !path.startsWith("shared/")
                && (path.contains("/ui/") || path.startsWith("shell/"));
    }
}
