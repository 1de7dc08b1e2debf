package com.mailflow.designer.ui.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

/**
 * Start-up measurement and installer training, switched on by the environment variable
 * {@code MAILFLOW_STARTUP_PROBE} (installer/measure-start.sh, the installer profile): prints the
 * wall-clock time of the first frame shown to standard error and, with the value {@code exit},
 * quits once the first analysis is on screen. Does nothing when the variable is unset.
 */
final class StartupProbe {
    static final String VARIABLE = "MAILFLOW_STARTUP_PROBE";
    /** The line measure-start.sh looks for; the bare JavaFX window prints the same. */
    static final String FIRST_FRAME = "first-frame-epoch-ms ";

    /** Named moments of the start, printed with the first frame (see {@link #mark}). */
    private static final StringBuilder MARKS = new StringBuilder();

    private StartupProbe() {
    }

    /**
     * Notes the time of a step of the start (JavaFX launched, window built, ...), so that
     * measure-start.sh can show where the time before the first frame goes.
     */
    static synchronized void mark(String step) {
        if (active()) {
            MARKS.append(' ').append(step).append('=').append(System.currentTimeMillis());
        }
    }

    static boolean active() {
        return System.getenv(VARIABLE) != null;
    }

    /**
     * Calls {@code afterFirstFrame} once the first frame is drawn: at the second pulse after the
     * stage shows (the first pulse renders the scene, the next one waits for that render).
     */
    static void onFirstFrame(Stage stage, Runnable afterFirstFrame) {
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    afterFirstFrame.run();
                }
            }
        }.start());
    }

    /** Prints the first frame's time and, when asked to, exits once {@code done} holds a value. */
    static void report(ObservableValue<?> done) {
        long now = System.currentTimeMillis();
        long processStart = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        System.err.println(FIRST_FRAME + now);
        synchronized (StartupProbe.class) {
            System.err.println("startup-steps process=" + processStart + MARKS);
        }
        if (!"exit".equals(System.getenv(VARIABLE))) {
            return;
        }
        if (done.getValue() != null) {
            Platform.exit();
        } else {
            done.addListener((o, a, b) -> Platform.exit());
        }
    }
}
