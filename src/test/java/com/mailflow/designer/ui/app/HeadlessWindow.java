package com.mailflow.designer.ui.app;

import atlantafx.base.theme.PrimerLight;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.ui.service.CurrentThreadTaskExecutor;
import com.mailflow.designer.ui.service.DesignerServices;
import com.mailflow.designer.ui.service.RecentFiles;
import com.mailflow.designer.ui.service.ScriptedDialogs;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The real window for TestFX flows (drawn on with {@link DrawingRobot}): scripted dialogs, work
 * on the calling thread, throwaway preferences.
 */
final class HeadlessWindow {
    private HeadlessWindow() {
    }

    static MainWindow open(Stage stage, ScriptedDialogs dialogs, Preferences prefs, Scenario first) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DesignerServices services = new DesignerServices(dialogs, new CurrentThreadTaskExecutor(), new RecentFiles(prefs),
                f -> { });
        MainWindow window = new MainWindow(stage, services, first, null);
        stage.show();
        return window;
    }
}
