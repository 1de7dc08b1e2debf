package com.mailflow.designer.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.testing.ChildJvm;
import com.mailflow.designer.testing.KillTarget;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at random moments: a child JVM ({@link KillTarget}) saving a scenario over and over,
 * or editing one while the autosave service keeps its recovery copy. After every kill the saved
 * file is whole (the old or the new version, byte for byte), the recovery copy is there and
 * readable and offered as an orphan, and temporary files never pile up (the next writer removes
 * its dead predecessor's). Two children run at a time (this machine has two cores).
 */
class KillTest {
    private static final int SAVE_KILLS = 140;
    private static final int AUTOSAVE_KILLS = 70;
    private static final int LANES = 2;

    @TempDir
    Path dir;

    private static Process start(List<String> jvm, String... args) throws IOException {
        Process p = ChildJvm.builder("48m", jvm, KillTarget.class, args).redirectErrorStream(true).start();
        p.getOutputStream().close();
        return p;
    }

    private static void awaitReady(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            throw new AssertionError("the child said: " + line);
        }
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
    }

    private static long temporaryFiles(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(StaleTemps.SUFFIX)).count();
        }
    }

    private <T> List<T> inLanes(int total, Lane<T> lane) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int l = 0; l < LANES; l++) {
                int index = l;
                Path laneDir = Files.createDirectory(dir.resolve("lane" + l));
                futures.add(pool.submit(() -> lane.run(laneDir, total / LANES + (index < total % LANES ? 1 : 0),
                        new Random(42 + index))));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(10, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Lane<T> {
        T run(Path dir, int kills, Random random) throws Exception;
    }

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewFileWhole() throws Exception {
        List<Integer> kills = inLanes(SAVE_KILLS, (laneDir, n, random) -> {
            Path a = laneDir.resolve("a.src");
            Path b = laneDir.resolve("b.src");
            Scenario template = TemplateCatalog.load("hybrid-third-party-filter").orElseThrow();
            byte[] one = ScenarioWriter.toJson(template.withName("version A")).getBytes(StandardCharsets.UTF_8);
            // B is much larger, so a kill can land in the middle of writing it.
            byte[] two = ScenarioWriter.toJson(template.withName("version B " + "x".repeat(400_000)))
                    .getBytes(StandardCharsets.UTF_8);
            Files.write(a, one);
            Files.write(b, two);
            Path target = laneDir.resolve("scenario.mailflow.json");
            for (int i = 0; i < n; i++) {
                Process p = start(List.of(), "save", target.toString(), a.toString(), b.toString());
                awaitReady(p);
                Thread.sleep(random.nextInt(60));
                kill(p);
                byte[] now = Files.readAllBytes(target);
                assertTrue(Arrays.equals(one, now) || Arrays.equals(two, now), "kill " + i + ": a torn file of "
                        + now.length + " bytes");
                ScenarioReader.read(now);
                assertTrue(temporaryFiles(laneDir) <= 1, "kill " + i + ": temporary files pile up");
            }
            return n;
        });
        assertEquals(SAVE_KILLS, kills.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void anAutosaveKilledAtAnyMomentLeavesARecoveryCopyThatIsOfferedBack() throws Exception {
        List<Integer> kills = inLanes(AUTOSAVE_KILLS, (laneDir, n, random) -> {
            Path folder = laneDir.resolve("recovery");
            for (int i = 0; i < n; i++) {
                Process p = start(List.of("-Dmailflow.autosaveDelayMs=20"), "autosave", folder.toString(),
                        "kill " + i);
                awaitReady(p);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (copies(folder).isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertEquals(1, copies(folder).size(), "kill " + i + ": no recovery copy after an edit");
                Thread.sleep(random.nextInt(150));
                kill(p);
                List<RecoveryStore.Orphan> orphans = new RecoveryStore(folder).orphans();
                assertEquals(1, orphans.size(), "kill " + i + ": the recovery copy was lost or is unreadable");
                Optional<RecoveryStore.Orphan> read = RecoveryStore.read(orphans.get(0).copy());
                assertTrue(read.isPresent() && read.get().original() == null
                        && read.get().scenario().name().equals("kill " + i), "kill " + i);
                assertTrue(temporaryFiles(folder) <= 1, "kill " + i + ": temporary files pile up");
                Files.delete(orphans.get(0).copy());
            }
            return n;
        });
        assertEquals(AUTOSAVE_KILLS, kills.stream().mapToInt(Integer::intValue).sum());
    }

    private static List<Path> copies(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("session-")).toList();
        }
    }
}
