package com.mailflow.designer.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Starts JavaFX once per benchmark JVM and runs work on its thread, waiting for the result. The
 * benchmarks' forks run it headless (Monocle, software renderer), as under {@code mvn verify}.
 */
final class Fx {
    private static boolean started;

    private Fx() {
    }

    /**
     * Headless JavaFX as under {@code mvn verify}: Monocle and the software renderer in a
     * 1,600 x 1,000 screen. A {@code -D} on the command line wins (e.g. the GTK window under Xvfb).
     */
    private static final java.util.Map<String, String> HEADLESS = java.util.Map.of(
            "glass.platform", "Monocle", "monocle.platform", "Headless", "prism.order", "sw",
            "headless.geometry", "1600x1000-32", "java.awt.headless", "true");

    static synchronized void start() throws InterruptedException {
        if (!started) {
            HEADLESS.forEach((key, value) -> {
                if (System.getProperty(key) == null) {
                    System.setProperty(key, value);
                }
            });
            CountDownLatch up = new CountDownLatch(1);
            Platform.startup(up::countDown);
            up.await();
            Platform.setImplicitExit(false);
            started = true;
        }
    }

    static <T> T call(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    /**
     * One real pulse, now, on the FX thread: CSS and layout of what changed, the sync to the
     * render tree, and the paint of the dirty region on the render thread, waited for. JavaFX
     * has no public call for this; on the class path its toolkit classes are reachable, so the
     * benchmark calls the pulse the pulse timer would run and queues an empty render job behind
     * the paint (the render thread runs jobs in order).
     */
    static void pulseAndPaint() {
        try {
            if (pulse == null) {
                pulse = Class.forName("com.sun.javafx.tk.quantum.QuantumToolkit")
                        .getDeclaredMethod("pulse", boolean.class);
                pulse.setAccessible(true);
            }
            pulse.invoke(com.sun.javafx.tk.Toolkit.getToolkit(), true);
            com.sun.javafx.tk.Toolkit.getToolkit().addRenderJob(new com.sun.javafx.tk.RenderJob(() -> { })).get();
        } catch (ReflectiveOperationException | InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not run a pulse", e);
        }
    }

    private static java.lang.reflect.Method pulse;

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
