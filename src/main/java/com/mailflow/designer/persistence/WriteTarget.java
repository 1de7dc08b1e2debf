package com.mailflow.designer.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;

/**
 * Where a write really goes and what it must keep: symbolic links followed to the file they
 * name, and that file checked (a regular file or a new path, not read-only) before anything is
 * written. Everything that can be refused is refused here, so a refusal never leaves a trace.
 */
final class WriteTarget {
    /** Linux gives up after 40 links too; a loop must end with a message, not a hang. */
    private static final int MAX_LINKS = 40;

    final Path file;
    final boolean exists;
    /** The existing file's POSIX attributes (mode, owner, group), or null (new file, or not POSIX). */
    final PosixFileAttributes posix;
    /** More than one name for the file: replacing it by rename would split them. */
    final boolean hardLinked;

    private WriteTarget(Path file, boolean exists, PosixFileAttributes posix, boolean hardLinked) {
        this.file = file;
        this.exists = exists;
        this.posix = posix;
        this.hardLinked = hardLinked;
    }

    static WriteTarget of(Path target) throws IOException {
        Path file = followLinks(target.toAbsolutePath().normalize());
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new WriteRefusedException("the folder " + (dir == null ? file : dir) + " does not exist");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new WriteTarget(file, false, null, false);
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new WriteRefusedException("is a folder; give the name of a file to write");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new WriteRefusedException("is not a regular file (a device, pipe or socket); give the name of a file");
        }
        PosixFileAttributes posix = posixAttributes(file);
        if (readOnly(file, posix)) {
            throw new WriteRefusedException("the file is read-only; make it writable or choose another name");
        }
        return new WriteTarget(file, true, posix, linkCount(file) > 1);
    }

    /** The path a chain of symbolic links ends at (which need not exist yet: a link to a new file). */
    static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new WriteRefusedException("too many symbolic links (a loop?)");
            }
            Path dir = p.getParent();
            Path next = Files.readSymbolicLink(p);
            p = (dir == null ? next : dir.resolve(next)).normalize();
        }
        return p;
    }

    private static PosixFileAttributes posixAttributes(Path file) {
        try {
            return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * The owner's write bit (POSIX) or the read-only flag (Windows). Not {@link Files#isWritable}:
     * for root that is always true, and a file its owner marked read-only must stay unchanged.
     */
    private static boolean readOnly(Path file, PosixFileAttributes posix) {
        if (posix != null) {
            return !posix.permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        try {
            return Files.readAttributes(file, DosFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isReadOnly();
        } catch (IOException | UnsupportedOperationException e) {
            return !Files.isWritable(file);
        }
    }

    private static int linkCount(Path file) {
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return ((Number) unix.get("nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }
}
