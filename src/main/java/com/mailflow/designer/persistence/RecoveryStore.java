package com.mailflow.designer.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.mailflow.designer.model.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovery copies of unsaved documents, one per running designer, in the user's data folder
 * (never beside the user's file): {@code session-PID-START.mailflow-recovery.json}, written
 * atomically. A copy whose designer is no longer running was left by a crash and is offered
 * back at the next start. The file holds where the document came from, when it was copied, and
 * the scenario exactly as a save would write it.
 */
public final class RecoveryStore {
    private static final String SUFFIX = ".mailflow-recovery.json";
    private static final Pattern NAME = Pattern.compile("session-(\\d+)-(\\d+)" + Pattern.quote(SUFFIX));

    private final Path folder;
    private final Path mine;

    public RecoveryStore(Path folder) {
        this.folder = folder;
        ProcessHandle self = ProcessHandle.current();
        this.mine = folder.resolve(name(self.pid(), startMillis(self)));
    }

    /** The folder of the user's data: XDG on Linux, Application Support on macOS, LOCALAPPDATA on Windows. */
    public static Path userDataFolder() {
        String override = System.getProperty("mailflow.dataDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Mailflow Designer");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Mailflow Designer");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                .resolve("mailflow-designer");
    }

    public static RecoveryStore forUser() {
        return new RecoveryStore(userDataFolder().resolve("recovery"));
    }

    /** This designer's copy (whether or not it exists). */
    public Path file() {
        return mine;
    }

    /** Replaces this designer's copy; {@code original} is the file the document came from, or null. */
    public void write(Scenario scenario, Path original, Instant when) throws IOException {
        Files.createDirectories(folder);
        String envelope = "{\n  \"recoveryOf\": " + quoted(original == null ? null : original.toAbsolutePath().toString())
                + ",\n  \"savedAt\": " + quoted(when.toString())
                + ",\n  \"scenario\": " + ScenarioWriter.toJson(scenario).strip().replace("\n", "\n  ") + "\n}\n";
        AtomicFiles.write(mine, envelope.getBytes(StandardCharsets.UTF_8));
    }

    /** Removes this designer's copy: the document was saved, or closed on purpose. */
    public void clear() throws IOException {
        Files.deleteIfExists(mine);
    }

    /** A copy left by a designer that is no longer running. */
    public record Orphan(Path copy, Path original, Instant savedAt, Scenario scenario) {
    }

    /** Copies whose designer is gone, newest first; unreadable ones are skipped (and kept for a person to look at). */
    public List<Orphan> orphans() {
        List<Orphan> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "session-*" + SUFFIX)) {
            for (Path entry : entries) {
                if (!entry.equals(mine) && isOrphan(entry)) {
                    read(entry).ifPresent(out::add);
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort((a, b) -> b.savedAt().compareTo(a.savedAt()));
        return out;
    }

    public static Optional<Orphan> read(Path copy) {
        try {
            JsonNode root = Json.MAPPER.readTree(Files.readAllBytes(copy));
            Scenario scenario = ScenarioReader.read(Json.MAPPER.writeValueAsString(root.get("scenario")));
            JsonNode original = root.get("recoveryOf");
            Path from = original == null || original.isNull() ? null : Path.of(original.asText());
            return Optional.of(new Orphan(copy, from, Instant.parse(root.get("savedAt").asText()), scenario));
        } catch (IOException | ScenarioFormatException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isOrphan(Path entry) {
        Matcher m = NAME.matcher(entry.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        long start = Long.parseLong(m.group(2));
        // A live process with the same id but another start time reused the id: the copy's designer is gone.
        return ProcessHandle.of(pid).map(p -> !p.isAlive() || startMillis(p) != start).orElse(true);
    }

    private static String name(long pid, long start) {
        return "session-" + pid + "-" + start + SUFFIX;
    }

    private static long startMillis(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static String quoted(String value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
