package io.deviceward.segment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.practice.Practice;
import io.deviceward.segment.FlowPolicy;
import io.deviceward.segment.FlowRule;
import io.deviceward.segment.Segment;
import io.deviceward.segment.SegmentPurpose;
import io.deviceward.segment.SegmentService;
import io.deviceward.segment.StarterTemplate;
import io.deviceward.support.BrowserlessSignIn;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The segments and flow rules grids: an empty state that says what to do, the count, and rows that are links; the flow
 * matrix's cells link to their rules; the pages read in German for a German reader.
 */
@IntegrationTest
class SegmentGridsIT extends SpringBrowserlessTest {
    @Autowired
    Fixtures fixtures;

    @Autowired
    SegmentService segments;

    @Autowired
    FlowPolicy policy;

    Practice practice;
    AppUser manager;

    @BeforeEach
    void aPracticeWithoutSegments() {
        practice = fixtures.practice(fixtures.provider());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        BrowserlessSignIn.as(manager.getId());
        UI.getCurrent().setLocale(Locale.UK);
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void noSegmentsYetSaysToAddOneOrStartFromATemplate() {
        navigate("practices/" + practice.getId() + "/segments", SegmentsView.class);
        assertThat(segmentsGrid().getEmptyStateText())
                .isEqualTo("No segments yet — add one or start from a template above.");
        assertThat($(Span.class).id("segments-count").getText()).isEqualTo("0 segments");
    }

    @Test
    void segmentsAndRulesLinkToTheirFormsAndAreCounted() {
        SignIn.run(manager.getId(), () -> segments.applyTemplate(practice.getId(), StarterTemplate.DENTAL));
        int segmentCount = SignIn.as(manager.getId(), () -> segments.listSegments(practice.getId()))
                .size();
        int ruleCount = SignIn.as(manager.getId(), () -> policy.listRules(practice.getId()))
                .size();

        navigate("practices/" + practice.getId() + "/segments", SegmentsView.class);
        var grid = test(segmentsGrid());
        assertThat($(Span.class).id("segments-count").getText()).isEqualTo(segmentCount + " segments");
        Segment first = grid.getRow(0);
        Anchor link = (Anchor) grid.getCellComponent(0, "name");
        assertThat(link.getHref()).isEqualTo("practices/" + practice.getId() + "/segments/" + first.getId());
        assertThat(link.getText()).isEqualTo(first.getName());

        navigate("practices/" + practice.getId() + "/segments/flows", FlowRulesView.class);
        var rules = test(rulesGrid());
        assertThat($(Span.class).id("flow-rules-count").getText()).isEqualTo(ruleCount + " rules");
        FlowRule rule = rules.getRow(0);
        Anchor ruleLink = (Anchor) rules.getCellComponent(0, "rule");
        assertThat(ruleLink.getHref()).isEqualTo("practices/" + practice.getId() + "/segments/flows/" + rule.getId());
        assertThat(ruleLink.getText()).isEqualTo("Rule " + rule.getPosition());

        var chooser = new MenuBarTester<>($(MenuBar.class).id("flow-rules-grid-columns"));
        chooser.clickItem("Columns", "Justification");
        assertThat(rulesGrid().getColumnByKey("justification").isVisible()).isFalse();

        navigate("practices/" + practice.getId() + "/segments/matrix", FlowMatrixView.class);
        assertThat($(NativeTableHeaderCell.class).first().getText()).isEqualTo("From \\ To");
        List<Anchor> cells = $(Anchor.class).all().stream()
                .filter(a -> a.getId().orElse("").startsWith("cell-"))
                .toList();
        assertThat(cells).isNotEmpty();
        assertThat(cells.getFirst().getHref())
                .startsWith("practices/" + practice.getId() + "/segments/flows?from=")
                .contains("&to=");
    }

    @Test
    void aGermanReaderReadsTheSegmentPagesInGerman() {
        UI.getCurrent().setLocale(Locale.GERMANY);
        navigate("practices/" + practice.getId() + "/segments", SegmentsView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Netzwerkplan");
        assertThat(segmentsGrid().getEmptyStateText())
                .isEqualTo("Noch keine Netzsegmente – legen Sie eines an oder beginnen Sie oben mit einer Vorlage.");
        assertThat($(Span.class).id("segments-count").getText()).isEqualTo("0 Netzsegmente");
        assertThat($(Button.class).id("template-dental").getText()).isEqualTo("Zahnarztpraxis");

        SignIn.run(manager.getId(), () -> segments.applyTemplate(practice.getId(), StarterTemplate.DENTAL));
        navigate("practices/" + practice.getId() + "/segments", SegmentsView.class);
        var grid = test(segmentsGrid());
        int purpose = grid.getColumnPosition("purpose");
        assertThat(grid.getHeaderCell(purpose)).isEqualTo("Zweck");
        int staff = IntStream.range(0, grid.size())
                .filter(row -> grid.getRow(row).getPurpose() == SegmentPurpose.STAFF_WORKSTATIONS)
                .findFirst()
                .orElseThrow();
        assertThat(grid.getCellText(staff, purpose)).isEqualTo("Arbeitsplätze des Personals");

        navigate("practices/" + practice.getId() + "/segments/flows", FlowRulesView.class);
        var rules = test(rulesGrid());
        assertThat(((Anchor) rules.getCellComponent(0, "rule")).getText()).startsWith("Regel ");
        assertThat(rules.getCellText(0, rules.getColumnPosition("action"))).isEqualTo("Erlauben");
        assertThat(rules.getHeaderCell(rules.getColumnPosition("justification")))
                .isEqualTo("Begründung");
        assertThat($(Span.class).id("flow-rules-count").getText()).endsWith(" Regeln");

        navigate("practices/" + practice.getId() + "/segments/matrix", FlowMatrixView.class);
        assertThat($(NativeTableHeaderCell.class).first().getText()).isEqualTo("Von \\ Nach");
    }

    @SuppressWarnings("unchecked")
    private Grid<Segment> segmentsGrid() {
        return $(Grid.class).id("segments-grid");
    }

    @SuppressWarnings("unchecked")
    private Grid<FlowRule> rulesGrid() {
        return $(Grid.class).id("flow-rules-grid");
    }
}
