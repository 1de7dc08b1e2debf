package com.mailflow.designer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.ui.service.CurrentThreadTaskExecutor;
import com.mailflow.designer.ui.service.DesignerServices;
import com.mailflow.designer.ui.service.DialogService;
import com.mailflow.designer.ui.service.ExportRequest;
import com.mailflow.designer.ui.service.RecentFiles;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle): what only the UI can show. */
@ExtendWith(ApplicationExtension.class)
class DesignerFlowTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Preferences prefs = Preferences.userRoot().node("mailflow-test-" + UUID.randomUUID());
    private final java.util.List<Path> opened = new java.util.ArrayList<>();
    private MainWindow window;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DesignerServices services = new DesignerServices(dialogs, new CurrentThreadTaskExecutor(), new RecentFiles(prefs),
                opened::add);
        window = new MainWindow(stage, services, Scenario.empty("Flow test"), null);
        stage.show();
    }

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    private Scenario scenario() {
        return window.document().scenario();
    }

    /** A point on the canvas, in screen coordinates, at (x, y) from its top-left corner. */
    private Point2D onCanvas(FxRobot robot, double x, double y) {
        return new DrawingRobot(robot, window).onCanvas(x, y);
    }

    private void place(FxRobot robot, NodeKind kind, double x, double y) {
        new DrawingRobot(robot, window).place(kind, x, y);
    }

    private void connect(FxRobot robot, String from, String to) {
        new DrawingRobot(robot, window).connect(from, to);
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        new DrawingRobot(robot, window).shortcut(key);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<SafelistEntry> safelist(FxRobot robot) {
        // A hidden results table catches up only when its tab is shown, as a user would see it.
        robot.clickOn("#safelist-tab");
        return robot.lookup("#safelist-table").queryAs(TableView.class);
    }

    /** Three boxes from the palette: Internet, cloud service and a gateway, connected by dragging. */
    private void drawThreeNodes(FxRobot robot) {
        place(robot, NodeKind.INTERNET, 120, 120);
        place(robot, NodeKind.CLOUD_SERVICE, 400, 120);
        place(robot, NodeKind.GATEWAY, 400, 320);
        connect(robot, "internet", "cloud");
        connect(robot, "cloud", "internet");
    }

    @Test
    void placeConnectAndWatchTheSafelistChange(FxRobot robot) {
        drawThreeNodes(robot);
        assertEquals(3, scenario().nodes().size());
        assertTrue(scenario().links().contains(Link.of("internet", "cloud")));
        robot.clickOn("#node-gw");
        robot.clickOn("#attr-addresses").write("131.107.1.17").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, safelist(robot).getItems().size());
        assertFalse(safelist(robot).getItems().get(0).add());

        connect(robot, "gw", "cloud");
        SafelistEntry row = safelist(robot).getItems().get(0);
        assertEquals("131.107.1.17", row.address());
        assertTrue(row.add(), row.reason());

        shortcut(robot, KeyCode.Z);
        assertFalse(scenario().links().contains(Link.of("gw", "cloud")));
        assertFalse(safelist(robot).getItems().get(0).add());
        shortcut(robot, KeyCode.Y);
        assertTrue(scenario().links().contains(Link.of("gw", "cloud")));
        assertTrue(safelist(robot).getItems().get(0).add());
    }

    @Test
    void aLinkDrawnFromTheCloudSaysWhatLeavingItUnscopedMeans(FxRobot robot) {
        drawThreeNodes(robot);
        connect(robot, "cloud", "gw");
        Label meaning = robot.lookup("#link-scope-meaning").queryAs(Label.class);
        assertTrue(meaning.getText().contains("centralized transport"), meaning.getText());
        robot.clickOn("#link-domains").write("contoso.com").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(meaning.getText().contains("Internet-bound mail never takes it"), meaning.getText());
    }

    @Test
    void invalidAddressIsMarkedAndNeverReachesTheModel(FxRobot robot) {
        place(robot, NodeKind.GATEWAY, 300, 200);
        robot.clickOn("#attr-addresses").write("131.107.1.300").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#attr-addresses-error").queryAs(Label.class).isVisible());
        assertTrue(scenario().node("gw").orElseThrow().addresses().isEmpty());
    }

    @Test
    void dragIsOneUndoStep(FxRobot robot) {
        place(robot, NodeKind.GATEWAY, 300, 200);
        var before = scenario().position("gw").orElseThrow();
        robot.drag("#node-gw", MouseButton.PRIMARY).moveBy(60, 20).moveBy(60, 20).moveBy(60, 20)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        var after = scenario().position("gw").orElseThrow();
        assertTrue(after.x() > before.x() && after.x() % 20 == 0, after.toString());
        shortcut(robot, KeyCode.Z);
        assertEquals(before, scenario().position("gw").orElseThrow());
    }

    @Test
    void secondInternetAndDuplicateLinkAreRefused(FxRobot robot) {
        drawThreeNodes(robot);
        place(robot, NodeKind.INTERNET, 200, 400);
        assertEquals(1, scenario().nodes().stream().filter(n -> n.kind() == NodeKind.INTERNET).count());
        assertTrue(status(robot).contains("only one Internet"), status(robot));
        connect(robot, "internet", "cloud");
        assertTrue(status(robot).contains("already a link"), status(robot));
        assertEquals(2, scenario().links().size());
    }

    @Test
    void renameInPlace(FxRobot robot) {
        place(robot, NodeKind.GATEWAY, 300, 200);
        robot.doubleClickOn("#node-gw");
        robot.write("Edge gateway").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Edge gateway", scenario().node("gw").orElseThrow().name());
    }

    @Test
    void deleteTakesTheLinksAlongAndUndoBringsThemBack(FxRobot robot) {
        drawThreeNodes(robot);
        robot.clickOn("#node-cloud").type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scenario().node("cloud").isEmpty());
        assertTrue(scenario().links().isEmpty());
        assertTrue(robot.lookup("#node-cloud").tryQuery().isEmpty());
        shortcut(robot, KeyCode.Z);
        assertEquals(2, scenario().links().size());
        assertTrue(robot.lookup("#link-internet-cloud").tryQuery().isPresent());
        robot.interact(() -> window.canvas().viewport().panBy(-5000, 0));
        assertNull(window.canvas().view("internet").orElseThrow().getScene(), "boxes out of sight leave the scene");
        robot.interact(() -> window.canvas().viewport().panBy(5000, 0));
        assertNotNull(window.canvas().view("internet").orElseThrow().getScene());
    }

    @Test
    void saveAndReopenGiveTheSameDrawing(FxRobot robot) {
        drawThreeNodes(robot);
        dialogs.saveAnswer = dir.resolve("drawn.mailflow.json");
        shortcut(robot, KeyCode.S);
        assertTrue(Files.exists(dialogs.saveAnswer));
        assertFalse(window.document().isDirty());
        Scenario saved = scenario();
        dialogs.templateAnswer = DialogService.EMPTY;
        shortcut(robot, KeyCode.N);
        assertTrue(scenario().nodes().isEmpty());
        dialogs.openAnswer = dialogs.saveAnswer;
        shortcut(robot, KeyCode.O);
        assertEquals(saved, scenario());
        assertTrue(robot.lookup("#node-gw").tryQuery().isPresent());
        assertTrue(robot.lookup("#link-cloud-internet").tryQuery().isPresent());
    }

    @Test
    void brokenFileShowsTheReasons(FxRobot robot) throws Exception {
        place(robot, NodeKind.GATEWAY, 300, 200);
        Path broken = dir.resolve("broken.mailflow.json");
        Files.writeString(broken, "{\"format\": \"mailflow-scenario\", \"version\": 1, \"name\": \"x\","
                + " \"domains\": [], \"nodes\": [{\"id\": \"a\", \"kind\": \"spaceship\", \"name\": \"A\"}],"
                + " \"links\": [{\"from\": \"a\", \"to\": \"zz\"}]}");
        dialogs.openAnswer = broken;
        dialogs.unsavedAnswer = DialogService.UnsavedChoice.DISCARD;
        shortcut(robot, KeyCode.O);
        assertFalse(dialogs.shownProblems.isEmpty());
        assertTrue(dialogs.shownProblems.stream().anyMatch(p -> p.path().startsWith("nodes[0]")),
                dialogs.shownProblems.toString());
        assertTrue(robot.lookup("#node-gw").tryQuery().isPresent());
    }

    @Test
    void exportFromTheFileMenuWritesTheSafelistAndOpensTheFile(FxRobot robot) throws Exception {
        drawThreeNodes(robot);
        connect(robot, "gw", "cloud");
        robot.clickOn("#node-gw");
        robot.clickOn("#attr-addresses").write("131.107.1.17").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Path out = dir.resolve("handout.md");
        dialogs.exportAnswer = new ExportRequest(com.mailflow.designer.export.ExportFormat.MARKDOWN, out, true);
        robot.clickOn("File").clickOn("Export\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        String md = Files.readString(out);
        assertTrue(md.contains("| 131.107.1.17 | Gateway |"), md);
        assertEquals(java.util.List.of(out), opened);
        assertTrue(status(robot).startsWith("Exported Markdown handout"), status(robot));
    }

    @Test
    void escapeCancelsAConnectionBeingDrawn(FxRobot robot) {
        drawThreeNodes(robot);
        robot.drag(robot.point("#node-gw").atPosition(javafx.geometry.Pos.CENTER_RIGHT).atOffset(new Point2D(-5, 0))
                .query(), MouseButton.PRIMARY).moveTo("#node-cloud");
        assertTrue(robot.lookup(".connection-preview").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".connection-preview").tryQuery().isEmpty());
        assertFalse(scenario().links().contains(Link.of("gw", "cloud")));
        assertEquals(2, scenario().links().size());
    }

    @Test
    void aSelectedFlowLightsItsPathAndAFindingSelectsItsNodes(FxRobot robot) {
        Path template = Path.of("assets/templates/hybrid-third-party-filter.mailflow.json");
        robot.interact(() -> window.files().load(template));
        @SuppressWarnings("unchecked")
        TableView<com.mailflow.designer.routing.Flow> flows = robot.lookup("#flows-table").queryAs(TableView.class);
        int index = 0;
        while (!flows.getItems().get(index).path().equals(java.util.List.of("internet", "filter", "exo", "exch"))) {
            index++;
        }
        int row = index;
        robot.interact(() -> flows.getSelectionModel().select(row));
        for (String id : java.util.List.of("internet", "filter", "exo", "exch")) {
            assertTrue(onPath(window.canvas().view(id).orElseThrow()), id);
        }
        assertTrue(onPath(window.canvas().linkView(new com.mailflow.designer.edit.LinkKey("filter", "exo")).orElseThrow()));
        assertFalse(onPath(window.canvas().linkView(new com.mailflow.designer.edit.LinkKey("exo", "internet")).orElseThrow()));

        robot.clickOn("#findings-tab");
        @SuppressWarnings("unchecked")
        TableView<com.mailflow.designer.analysis.Finding> findings =
                robot.lookup("#findings-table").queryAs(TableView.class);
        var finding = findings.getItems().stream().filter(f -> f.nodes().equals(java.util.List.of("exch"))).findFirst()
                .orElseThrow();
        robot.interact(() -> findings.getSelectionModel().select(finding));
        assertEquals(java.util.Set.of("exch"), window.document().selection().nodes());
        assertTrue(window.canvas().view("exch").orElseThrow().getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("selected")));
    }

    @Test
    void aStagedMigrationShowsItsTargetAndThePlanIntoIt(FxRobot robot) {
        robot.interact(() -> window.files().load(Path.of("assets/templates/migration-add-cloud-filter.mailflow.json")));
        assertEquals(1, window.analysis().reportProperty().get().connectors().size(), "the target stage is analysed");
        robot.clickOn("#plan-tab");
        @SuppressWarnings("unchecked")
        TableView<com.mailflow.designer.plan.Step> plan = robot.lookup("#plan-table").queryAs(TableView.class);
        List<String> phases = plan.getItems().stream().map(st -> st.phase().title() + ": " + st.title()).toList();
        int restrict = phases.indexOf("LockDown: Restrict the inbound connector From Third-party cloud filter to its"
                + " sender");
        int wait = phases.indexOf("Wait: Wait at least 60 minutes");
        int mx = phases.indexOf("Cutover: Point contoso.com's MX at inbound.filter.example.net");
        assertTrue(mx >= 0 && mx < wait && wait < restrict, phases::toString);
    }

    @Test
    void aHiddenResultsTableCatchesUpWhenItsTabIsShown(FxRobot robot) {
        robot.interact(() -> window.files().load(Path.of("assets/templates/hybrid-third-party-filter.mailflow.json")));
        int records = window.analysis().reportProperty().get().dns().size();
        assertTrue(records > 0);
        @SuppressWarnings("unchecked")
        TableView<com.mailflow.designer.analysis.DnsRecord> dns = robot.lookup("#dns-table").queryAs(TableView.class);
        assertTrue(dns.getItems().isEmpty(), "a hidden table is not filled on every analysis");
        assertTrue(robot.lookup("#results .tab-header-area").lookup("DNS (" + records + ")").tryQuery().isPresent());
        robot.clickOn("#dns-tab");
        assertEquals(records, dns.getItems().size());
    }

    @Test
    void theDomainsTabCatchesUpWhenShownAndAddsADomain(FxRobot robot) {
        robot.interact(() -> window.files().load(Path.of("assets/templates/hybrid-third-party-filter.mailflow.json")));
        @SuppressWarnings("unchecked")
        TableView<com.mailflow.designer.model.Domain> table = robot.lookup("#domains-table").queryAs(TableView.class);
        assertTrue(table.getItems().isEmpty(), "the hidden Domains panel does not follow edits");
        robot.clickOn("#domains-tab");
        assertEquals(scenario().domains(), table.getItems());
        int before = scenario().domains().size();
        robot.clickOn("#new-domain").write("branch.example.org");
        robot.clickOn("#add-domain");
        assertEquals(before + 1, scenario().domains().size());
        assertEquals(scenario().domains(), table.getItems());
        assertTrue(scenario().domains().stream().anyMatch(d -> d.name().equals("branch.example.org")));
    }

    private static boolean onPath(javafx.scene.Node view) {
        return view.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("on-path"));
    }

    @Test
    void keyboardNudgesCopiesPastesAndZooms(FxRobot robot) {
        place(robot, NodeKind.GATEWAY, 300, 200);
        robot.clickOn("#node-gw");
        var before = scenario().position("gw").orElseThrow();
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.translate(20, 20), scenario().position("gw").orElseThrow());

        shortcut(robot, KeyCode.C);
        shortcut(robot, KeyCode.V);
        assertEquals(2, scenario().nodes().size());
        assertEquals(scenario().nodes().get(1).id(), window.document().selection().nodes().iterator().next());

        double zoom = window.canvas().viewport().zoom();
        shortcut(robot, KeyCode.MINUS);
        assertTrue(window.canvas().viewport().zoom() < zoom);
        shortcut(robot, KeyCode.DIGIT1);
        assertEquals(1.0, window.canvas().viewport().zoom(), 1e-9);
    }

    @Test
    void farOutTheDrawingBecomesAnOverviewAndSelectedBoxesStay(FxRobot robot) {
        drawThreeNodes(robot);
        robot.clickOn("#node-gw");
        robot.interact(() -> window.canvas().viewport().zoomAt(0.2, 0, 0));
        var boxes = robot.lookup(".overview-boxes").queryAs(javafx.scene.shape.Path.class);
        assertTrue(boxes.getParent().isVisible());
        assertEquals(3 * 5, boxes.getElements().size());
        assertNull(window.canvas().view("internet").orElseThrow().getScene(), "unselected boxes leave the scene");
        assertNotNull(window.canvas().view("gw").orElseThrow().getScene(), "the selected box stays drawn");
        robot.interact(() -> window.canvas().viewport().zoomAt(5, 0, 0));
        assertFalse(boxes.getParent().isVisible());
        assertNotNull(window.canvas().view("internet").orElseThrow().getScene());
        assertTrue(robot.lookup("#link-internet-cloud").tryQuery().isPresent());
        robot.interact(() -> window.canvas().viewport().panBy(-5000, 0));
        assertNull(window.canvas().view("internet").orElseThrow().getScene(), "boxes out of sight leave the scene");
        robot.interact(() -> window.canvas().viewport().panBy(5000, 0));
        assertNotNull(window.canvas().view("internet").orElseThrow().getScene());
    }
}
