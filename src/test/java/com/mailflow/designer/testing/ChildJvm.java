package com.mailflow.designer.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A second Java process on the test class path: for out-of-memory and kill tests a test JVM can't run in itself. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public record Result(int status, String out, String err) {
    }

    /** Starts {@code mainClass} with a small heap and quick start-up flags; the caller reads or kills it. */
    public static ProcessBuilder builder(String heap, List<String> jvmOptions, Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        // Short-lived JVMs: no JIT tiers beyond C1, one GC thread, no class-data warnings.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Djava.awt.headless=true"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    public static Result run(String heap, List<String> jvmOptions, Class<?> mainClass, String... args)
            throws IOException, InterruptedException {
        Process p = builder(heap, jvmOptions, mainClass, args).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not finish");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
