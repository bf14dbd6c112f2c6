package io.github.backproplab.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Replaces a file in one step, so a crash while saving never leaves it half written. */
final class AtomicFile {
    private AtomicFile() {
    }

    /** An action that may fail; the tests use it to fail between writing and renaming. */
    interface Step {
        void run() throws IOException;
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
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                writer.write(text);
                writer.flush();
                channel.force(true);
            }
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
}
