package com.mailflow.designer.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.mailflow.designer.export.Column;
import com.mailflow.designer.export.NodeNames;
import com.mailflow.designer.export.ResultColumns;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.plan.Step;
import com.mailflow.designer.ui.service.CurrentThreadTaskExecutor;
import com.mailflow.designer.ui.viewmodel.AnalysisViewModel;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every results tab shows the columns of the definition the handouts read ({@link ResultColumns}),
 * in its order, with its cell wording: the Plan tab included.
 */
@ExtendWith(ApplicationExtension.class)
class SharedColumnsTest {
    private Scenario scenario;
    private DocumentViewModel document;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scenario = TemplateCatalog.load("migration-cutover").orElseThrow();
        document = new DocumentViewModel(scenario);
        ResultsView results = new ResultsView(document, new AnalysisViewModel(document, new CurrentThreadTaskExecutor()));
        stage.setScene(new Scene(results, 1200, 500));
        stage.show();
    }

    @Test
    void eachTableShowsTheSharedColumns(FxRobot robot) {
        assertHeaders(robot, "#flows-table", ResultColumns.flows());
        assertHeaders(robot, "#safelist-table", ResultColumns.safelist());
        assertHeaders(robot, "#connectors-table", ResultColumns.connectors());
        assertHeaders(robot, "#dns-table", ResultColumns.dns());
        // The findings table adds its severity icon before the shared columns.
        TableView<?> findings = robot.lookup("#findings-table").queryAs(TableView.class);
        assertEquals(onScreenHeaders(ResultColumns.findings()),
                headers(findings).subList(1, findings.getColumns().size()));
        assertHeaders(robot, "#plan-table", ResultColumns.plan());
    }

    @Test
    void thePlanTabWordsEachStepAsTheDefinitionDoes(FxRobot robot) {
        robot.interact(() -> document.stageProperty().set(scenario.stageIds().get(1)));
        robot.clickOn("#plan-tab");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Step> plan = robot.lookup("#plan-table").queryAs(TableView.class);
        assertTrue(plan.getItems().size() > 2, "steps into the second stage: " + plan.getItems());
        List<Column<Step>> columns = ResultColumns.plan();
        NodeNames names = new NodeNames(scenario);
        for (Step step : plan.getItems()) {
            for (int c = 0; c < columns.size(); c++) {
                Object shown = plan.getColumns().get(c).getCellObservableValue(step).getValue();
                // A table row is one line: the definition's lines are joined.
                assertEquals(columns.get(c).text(step, names).replace("\n", "; "), shown);
            }
        }
    }

    private static void assertHeaders(FxRobot robot, String table, List<? extends Column<?>> definition) {
        assertEquals(onScreenHeaders(definition), headers(robot.lookup(table).queryAs(TableView.class)), table);
    }

    private static List<String> onScreenHeaders(List<? extends Column<?>> definition) {
        return definition.stream().filter(Column::onScreen).map(Column::header).toList();
    }

    private static List<String> headers(TableView<?> table) {
        return table.getColumns().stream().map(TableColumn::getText).toList();
    }
}
