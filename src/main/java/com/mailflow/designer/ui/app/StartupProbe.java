package com.mailflow.designer.ui.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

/**
 * Start-up measurement and installer training, switched on by the environment variable
 * {@code MAILFLOW_STARTUP_PROBE} (installer/measure-start.sh, the installer profile): prints the
 * wall-clock times of the first frame shown and of the complete window to standard error and,
 * with the value {@code exit}, quits once the first analysis is on screen too. Does nothing when the variable is unset.
 */
final class StartupProbe {
    static final String VARIABLE = "MAILFLOW_STARTUP_PROBE";
    /** The line measure-start.sh looks for; the bare JavaFX window prints the same. */
    static final String FIRST_FRAME = "first-frame-epoch-ms ";

    /** The line for the moment the last part built after the first frame is on screen. */
    static final String WINDOW_COMPLETE = "window-complete-epoch-ms ";

    /** Named moments of the start, printed with the first frame (see {@link #mark}). */
    private static final StringBuilder MARKS = new StringBuilder();
    /** Read and written on the UI thread. */
    private static boolean analysed;
    private static boolean complete;

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

    /** Prints the time at which the window is complete: every part built after the first frame is drawn. */
    static void windowComplete() {
        if (active()) {
            System.err.println(WINDOW_COMPLETE + System.currentTimeMillis());
            complete = true;
            exitWhenFinished();
        }
    }

    /** Prints the first frame's time and, when asked to, exits once {@code done} holds a value. */
    static void report(ObservableValue<?> done) {
        long now = System.currentTimeMillis();
        long processStart = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        System.err.println(FIRST_FRAME + now);
        synchronized (StartupProbe.class) {
            System.err.println("startup-steps process=" + processStart + MARKS);
        }
        if (done.getValue() != null) {
            analysed = true;
        } else {
            done.addListener((o, a, b) -> {
                analysed = true;
                exitWhenFinished();
            });
        }
        exitWhenFinished();
    }

    /** With {@code exit}: quits once the window is complete and its first analysis is on screen. */
    private static void exitWhenFinished() {
        if (analysed && complete && "exit".equals(System.getenv(VARIABLE))) {
            Platform.exit();
        }
    }
}
