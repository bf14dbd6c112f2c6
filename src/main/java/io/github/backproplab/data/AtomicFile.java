package io.github.backproplab.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file in one step, so a crash while saving never leaves it half written.
 *
 * <p>The text goes first to a temporary file beside the target, named {@code .NAME.saving-N.tmp}.
 * A process killed while saving leaves that file behind; the next save of the same file removes
 * every such leftover. (Two processes saving the same file at the same moment are not supported:
 * one may remove the other's temporary file, and that save then fails with an error.)
 *
 * <p>A file that is replaced keeps its permissions; a new file gets the folder's defaults, as any
 * newly created file does.
 */
final class AtomicFile {
    private AtomicFile() {
    }

    /** An action that may fail; the tests use it to fail between writing and renaming. */
    interface Step {
        void run() throws IOException;
    }

    /** The prefix of the temporary files of saves of {@code name}: ".NAME.saving-". */
    static String temporaryPrefix(String name) {
        return "." + name + ".saving-";
    }

    /** Refuses a target that is a folder, or whose folder path runs through a file. */
    private static void requireWritablePlace(Path file, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "cannot save here: this is a folder, not a file");
        }
        for (Path folder = target.getParent(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new FileSystemException(file.toString(), folder.toString(),
                        "cannot save here: " + folder + " is a file, not a folder");
            }
        }
    }

    /**
     * Writes {@code text} to a temporary file beside {@code file}, forces it to disk, then renames it
     * over {@code file}. A rename within one folder is atomic, so readers see the old file or the
     * new one, never a half-written one.
     */
    static void write(Path file, String text, Step beforeRename) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        requireWritablePlace(file, target);
        Files.createDirectories(folder);
        String prefix = temporaryPrefix(target.getFileName().toString());
        removeLeftovers(folder, prefix);
        Path temporary = create(folder, prefix);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                writer.write(text);
                writer.flush();
                channel.force(true);
            }
            keepPermissions(target, temporary);
            beforeRename.run();
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A new empty file {@code prefix + number + ".tmp"} in {@code folder}, with default permissions. */
    private static Path create(Path folder, String prefix) throws IOException {
        while (true) {
            Path candidate = folder.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // another number, then
            }
        }
    }

    /** Removes the temporary files that earlier saves of the same file left when they were killed. */
    private static void removeLeftovers(Path folder, String prefix) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, glob(prefix) + "*.tmp")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** {@code text} as a glob that matches only itself. */
    private static String glob(String text) {
        return text.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /** Gives {@code temporary} the permissions of {@code target}, where it exists and the file system has them. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
        }
    }
}
