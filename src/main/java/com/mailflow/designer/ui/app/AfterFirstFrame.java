package com.mailflow.designer.ui.app;

import com.mailflow.designer.ui.service.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds the analysis back until the window's first frame is on screen, so that on a small
 * machine the start-up draws first and analyses second. Only the newest held request survives
 * (as in {@link TaskExecutor#submitLatest}); ordinary tasks (exports) pass straight through.
 * Used on the UI thread only.
 */
final class AfterFirstFrame implements TaskExecutor {
    private final TaskExecutor delegate;
    private Runnable held;
    private boolean open;

    AfterFirstFrame(TaskExecutor delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        delegate.submit(work, onSuccess, onFailure);
    }

    @Override
    public <T> void submitLatest(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (open) {
            delegate.submitLatest(work, onSuccess, onFailure);
        } else {
            held = () -> delegate.submitLatest(work, onSuccess, onFailure);
        }
    }

    /** The first frame is drawn: from now on requests go straight through; the held one starts. */
    void open() {
        open = true;
        Runnable waiting = held;
        held = null;
        if (waiting != null) {
            waiting.run();
        }
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }
}
