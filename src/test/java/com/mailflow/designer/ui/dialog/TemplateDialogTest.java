package com.mailflow.designer.ui.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.ui.service.TemplateChoice;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > New: the template list fits its dialog; nothing has to be scrolled sideways to be read. */
@ExtendWith(ApplicationExtension.class)
class TemplateDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 400, 300));
        stage.show();
    }

    @Test
    void theListNeverScrollsSideways(FxRobot robot) throws Exception {
        List<TemplateChoice> templates = new java.util.ArrayList<>();
        for (String id : TemplateCatalog.ids()) {
            TemplateCatalog.load(id).ifPresent(t -> templates.add(TemplateChoice.of(id, t.name(), t.description())));
        }
        AtomicReference<Optional<String>> chosen = new AtomicReference<>();
        Platform.runLater(() -> chosen.set(TemplateDialog.choose(stage, templates)));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#template-list").queryAs(ListView.class);

        assertFalse(list.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible()), "no sideways scrolling");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.empty(), chosen.get());
    }
}
