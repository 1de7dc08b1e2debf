package com.mailflow.designer.ui.service;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Two daemon workers. The "latest" lane has a queue of one that drops the older waiting task:
 * when edits come faster than analyses finish, only the newest scenario gets analysed. The
 * other lane runs everything in order (exports), so an analysis can never push an export out.
 */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private final ThreadPoolExecutor latest = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1), r -> daemon(r, "mailflow-analysis"), new ThreadPoolExecutor.DiscardOldestPolicy());
    private final ThreadPoolExecutor ordered = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), r -> daemon(r, "mailflow-work"));

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        ordered.execute(() -> run(work, onSuccess, onFailure));
    }

    /** The newest "latest" task asked for on the UI thread, not yet handed to the worker. */
    private Runnable nextLatest;
    /** Hands {@link #nextLatest} over when the next frame starts. */
    private final AnimationTimer atNextFrame = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            Runnable task = nextLatest;
            nextLatest = null;
            if (task != null) {
                latest.execute(task);
            }
        }
    };

    /**
     * Asked on the UI thread, the task starts with the next frame rather than at once: the edit
     * (or the file just opened) is drawn first without a second busy thread on a small machine,
     * and several requests within one frame start one task.
     */
    @Override
    public <T> void submitLatest(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Runnable task = () -> run(work, onSuccess, onFailure);
        if (Platform.isFxApplicationThread()) {
            nextLatest = task;
            atNextFrame.start();
        } else {
            latest.execute(task);
        }
    }

    private static <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            T result = work.call();
            Platform.runLater(() -> onSuccess.accept(result));
        } catch (Exception | Error e) {
            Platform.runLater(() -> onFailure.accept(e));
        }
    }

    @Override
    public void shutdown() {
        if (Platform.isFxApplicationThread()) {
            atNextFrame.stop();
        }
        latest.shutdownNow();
        ordered.shutdownNow();
    }
}
