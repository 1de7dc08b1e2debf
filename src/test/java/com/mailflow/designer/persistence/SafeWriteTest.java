package com.mailflow.designer.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cli.md's writing rules, on a real file system: links, mode, read-only, devices, stale temporary files. */
class SafeWriteTest {
    private static final byte[] NEW = "new content\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
        AtomicFiles.write(link, NEW);
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(NEW, Files.readAllBytes(real));
        assertEquals(List.of("link.json", "real.json"), names());
    }

    @Test
    void aChainOfLinksToANewFileCreatesThatFile() throws IOException {
        Files.createDirectory(dir.resolve("sub"));
        Path first = Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(dir.resolve("b"), Path.of("sub/new.json"));
        AtomicFiles.write(first, NEW);
        assertArrayEquals(NEW, Files.readAllBytes(dir.resolve("sub/new.json")));
        assertTrue(Files.isSymbolicLink(dir.resolve("b")));
    }

    @Test
    void aLinkLoopIsRefused() throws IOException {
        Path a = Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
        assertTrue(assertThrows(IOException.class, () -> AtomicFiles.write(a, NEW)).getMessage().contains("links"));
    }

    @Test
    void hardLinksKeepSeeingTheSameFile() throws IOException {
        Path one = Files.writeString(dir.resolve("one.json"), "old old old old");
        Path two = Files.createLink(dir.resolve("two.json"), one);
        AtomicFiles.write(one, NEW);
        assertArrayEquals(NEW, Files.readAllBytes(two));
        assertTrue(Files.isSameFile(one, two));
        assertEquals(List.of("one.json", "two.json"), names());
    }

    @Test
    void theModeIsKept() throws IOException {
        Path file = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(file, NEW);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(file, NEW);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNewFileGetsTheUsersDefaultModeNotAPrivateOne() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        Path file = dir.resolve("new.json");
        AtomicFiles.write(file, NEW);
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(file));
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("ro.json"), "keep");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, NEW));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertEquals("keep", Files.readString(file));
        assertEquals(List.of("ro.json"), names());
    }

    @Test
    void aDeviceIsRefusedNotReplaced() {
        Path device = Path.of("/dev/full");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(device, NEW));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertFalse(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aFolderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertTrue(assertThrows(IOException.class, () -> AtomicFiles.write(folder, NEW)).getMessage().contains("folder"));
    }

    @Test
    void staleTemporaryFilesOfDeadWritersAreRemovedOthersKept() throws IOException {
        long deadPid = ProcessHandle.current().pid() + 1_000_000;
        while (ProcessHandle.of(deadPid).isPresent()) {
            deadPid++;
        }
        Files.writeString(dir.resolve(".s.json." + deadPid + "-abcdefgh1.mailflow-tmp"), "half");
        Files.writeString(dir.resolve(".s.json." + ProcessHandle.current().parent().orElseThrow().pid()
                + "-abcdefgh2.mailflow-tmp"), "someone alive is writing this");
        Files.writeString(dir.resolve(".other.tmp"), "not ours");
        AtomicFiles.write(dir.resolve("s.json"), NEW);
        List<String> names = names();
        assertEquals(3, names.size(), names::toString);
        assertTrue(names.contains(".other.tmp") && names.contains("s.json"), names::toString);
    }

    @Test
    void aWriteErrorNamesNoTemporaryFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path target = folder.resolve("s.json");
        try {
            // root may write anyway; then there is nothing to check.
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, NEW));
            assertFalse(e.getMessage().contains(StaleTemps.SUFFIX) || e.getMessage().contains("/"), e.getMessage());
        } catch (org.opentest4j.AssertionFailedError notThrown) {
            assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes into read-only folders");
            throw notThrown;
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void errorReasonsAreWordsWithoutTemporaryNames() {
        String temp = "/x/.s.json.12-abcdefgh1" + StaleTemps.SUFFIX;
        assertEquals("the disk is full", AtomicFiles.readable(
                new java.nio.file.FileSystemException(temp, null, "No space left on device")));
        assertEquals("permission denied", AtomicFiles.readable(new java.nio.file.AccessDeniedException(temp)));
        assertEquals("the disk or folder is read-only", AtomicFiles.readable(
                new java.nio.file.FileSystemException(temp, null, "Read-only file system")));
        assertEquals("the write failed", AtomicFiles.readable(new IOException(temp + ": something odd")));
    }

    @Test
    void theSameFileIsRecognisedThroughALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        assertTrue(AtomicFiles.sameFile(real, link));
        assertTrue(AtomicFiles.sameFile(real, dir.resolve("./real.json")));
        assertFalse(AtomicFiles.sameFile(real, dir.resolve("missing.json")));
    }
}
