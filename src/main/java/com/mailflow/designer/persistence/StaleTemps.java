package com.mailflow.designer.persistence;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our temporary files: {@code .NAME.PID-RANDOM.mailflow-tmp} beside the target. One whose
 * process is gone (killed mid-write), or that this process no longer writes, is stale and is
 * removed by the next write to its folder. Other programs' files never match the pattern.
 */
final class StaleTemps {
    static final String SUFFIX = ".mailflow-tmp";
    private static final Pattern OURS = Pattern.compile("\\..*\\.(\\d{1,10})-[0-9a-z]{8,16}" + Pattern.quote(SUFFIX));
    /** Leaves room in a 255-byte file name for the dot, the process id, the random part and the suffix. */
    private static final int MAX_NAME = 120;
    private static final long PID = ProcessHandle.current().pid();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    private StaleTemps() {
    }

    /** A fresh temporary name beside {@code file}, marked as being written by this process. */
    static Path claim(Path file) {
        String name = file.getFileName().toString();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        Path temp = file.resolveSibling("." + name + "." + PID + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36)
                + SUFFIX);
        IN_FLIGHT.add(temp);
        return temp;
    }

    static void release(Path temp) {
        IN_FLIGHT.remove(temp);
    }

    /** Best effort: a folder that can't be listed, or a file another user owns, is left alone. */
    static void removeIn(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path entry : entries) {
                if (isStale(entry)) {
                    deleteQuietly(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy; the write itself must not fail for it.
        }
    }

    static boolean isStale(Path entry) {
        Matcher m = OURS.matcher(entry.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        if (pid == PID) {
            return !IN_FLIGHT.contains(entry);
        }
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    private static void deleteQuietly(Path entry) {
        try {
            Files.deleteIfExists(entry);
        } catch (IOException e) {
            // Someone else's, or already gone.
        }
    }
}
