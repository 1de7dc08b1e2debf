package com.mailflow.designer.ui.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * The parts of the window that the designer's start leaves until its first frame is on screen
 * (toolbar, palette, stage bar, results and side panels, then the first analysis). They are built
 * one per frame, in the order given, so the window fills in step by step rather than freezing once
 * for all of them. Used on the UI thread only.
 */
final class StartupQueue implements Consumer<Runnable> {
    private final Deque<Runnable> parts = new ArrayDeque<>();
    private Runnable whenDone = () -> { };

    @Override
    public void accept(Runnable part) {
        parts.add(part);
    }

    /**
     * Builds the parts: each at the start of a pulse, so that pulse lays it out and draws it;
     * {@code done} runs at the pulse after the last one.
     */
    void start(Runnable done) {
        whenDone = done;
        start();
    }

    private void start() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                Runnable next = parts.poll();
                if (next == null) {
                    stop();
                    whenDone.run();
                } else {
                    next.run();
                }
            }
        }.start();
    }

    /** Builds every part at once (tests). */
    void runAll() {
        for (Runnable next = parts.poll(); next != null; next = parts.poll()) {
            next.run();
        }
    }
}
