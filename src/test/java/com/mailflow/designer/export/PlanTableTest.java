package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.plan.Step;
import com.mailflow.designer.plan.Transition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The handouts' plan tables (PDF, HTML, Markdown) and the CLI's Markdown plan read the Plan tab's columns. */
class PlanTableTest {
    private final Scenario scenario = template();
    private final StagedExport staged = StagedExport.of(scenario, scenario.stageIds().get(scenario.stageIds().size() - 1), null);

    private static Scenario template() {
        try {
            return TemplateCatalog.load("migration-cutover").orElseThrow();
        } catch (com.mailflow.designer.persistence.ScenarioFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theHandoutsPlanTablesHaveTheSharedColumnsAndCells() {
        HandoutPart plan = HandoutPart.of(scenario, staged.report(), ExportOptions.defaults().withStaged(staged))
                .stream().filter(p -> p.diagram() == null).findFirst().orElseThrow();
        List<Column<Step>> columns = ResultColumns.plan();
        NodeNames names = new NodeNames(scenario);
        List<Transition> transitions = staged.plan().transitions();
        assertEquals(transitions.size(), plan.sections().size());
        int rows = 0;
        for (int i = 0; i < transitions.size(); i++) {
            Table table = plan.sections().get(i).tables().get(0);
            assertEquals(columns.stream().map(Column::header).toList(), table.headers());
            List<Step> steps = transitions.get(i).steps();
            for (int r = 0; r < steps.size(); r++) {
                Step step = steps.get(r);
                assertEquals(columns.stream().map(c -> c.text(step, names)).toList(), table.rows().get(r));
                rows++;
            }
        }
        assertTrue(rows > 5, "the template's plan has steps: " + rows);
    }

    @Test
    void theMarkdownPlanPrintsTheSharedHeadersAndKeepsAStepsLinesApart() {
        String md = PlanMarkdown.write(scenario, staged.plan(), staged.plan().transitions());
        assertTrue(md.contains("| " + String.join(" | ", ResultColumns.headers(ResultColumns.plan())) + " |\n|---|"), md);
        Step withDns = staged.plan().transitions().stream().flatMap(t -> t.steps().stream())
                .filter(s -> !s.dns().isEmpty()).findFirst().orElseThrow();
        assertTrue(md.contains("<br>DNS: "), "a step's DNS change is a line of its What cell: " + md);
        assertFalse(ResultColumns.plan().get(2).text(withDns, new NodeNames(scenario)).contains("<br>"));
    }
}
