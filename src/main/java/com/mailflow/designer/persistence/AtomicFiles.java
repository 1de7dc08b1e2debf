package com.mailflow.designer.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Locale;

/**
 * Writes a file so that a crash or a full disk never leaves a half-written file where a good
 * one was: a temporary file in the same folder, forced to disk, renamed over the target, and the
 * folder forced too. The write goes through symbolic links to the file they name, keeps the
 * file's mode and (where allowed) owner, and refuses read-only files and anything that is not a
 * regular file ({@link WriteTarget}). A file with several hard links is rewritten in place so
 * every name still sees it. Temporary files left by a killed writer are removed by the next
 * write to that folder ({@link StaleTemps}). Errors say what is wrong, without temporary names.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        try {
            WriteTarget to = WriteTarget.of(target);
            StaleTemps.removeIn(to.file.getParent());
            if (to.hardLinked) {
                writeInPlace(to, content);
            } else {
                replace(to, content);
            }
        } catch (WriteRefusedException e) {
            throw e;
        } catch (IOException e) {
            throw new WriteRefusedException(readable(e));
        }
    }

    /** Whether {@code a} and {@code b} are the same existing file (through links, by file identity). */
    public static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void replace(WriteTarget to, byte[] content) throws IOException {
        Path temp = StaleTemps.claim(to.file);
        try {
            // CREATE_NEW without attributes: a new file gets the user's default mode (umask), not 0600.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writeAll(channel, content);
                channel.force(true);
            }
            keepModeAndOwner(temp, to.posix);
            move(temp, to.file);
            forceFolder(to.file.getParent());
        } finally {
            Files.deleteIfExists(temp);
            StaleTemps.release(temp);
        }
    }

    /**
     * Hard links are kept by writing into the file itself. The content is first written to a
     * temporary file of the same size, so a full disk is found before the old content is touched.
     */
    private static void writeInPlace(WriteTarget to, byte[] content) throws IOException {
        Path temp = StaleTemps.claim(to.file);
        try {
            try (FileChannel probe = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writeAll(probe, content);
                probe.force(true);
            }
            Files.delete(temp);
            try (FileChannel channel = FileChannel.open(to.file, StandardOpenOption.WRITE)) {
                writeAll(channel, content);
                channel.truncate(content.length);
                channel.force(true);
            }
        } finally {
            Files.deleteIfExists(temp);
            StaleTemps.release(temp);
        }
    }

    private static void writeAll(FileChannel channel, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static void keepModeAndOwner(Path temp, PosixFileAttributes original) throws IOException {
        if (original == null) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        view.setPermissions(original.permissions());
        try {
            view.setGroup(original.group());
            view.setOwner(original.owner());
        } catch (IOException e) {
            // Only the superuser may give a file away; the file then belongs to whoever saved it.
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable (POSIX); file systems that can't open a folder skip it. */
    private static void forceFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows can't open a folder as a channel; NTFS orders the rename itself.
        }
    }

    /** What went wrong, in words, without the temporary file's name or a Java class name. */
    static String readable(IOException e) {
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
            return "the disk is full";
        }
        if (lower.contains("read-only file system")) {
            return "the disk or folder is read-only";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("access is denied")) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder is gone";
        }
        return reason == null || reason.isBlank() || reason.contains(StaleTemps.SUFFIX) ? "the write failed" : reason;
    }
}
