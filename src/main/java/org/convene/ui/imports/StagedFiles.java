package org.convene.ui.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Uploaded files waiting to be imported, in a temporary directory of their own. A file keeps its name
 * (made safe), because the name tells the reader things: {@code .gz}, or "replies" in an edge list.
 * Uploads arrive on request threads while the page reads the list, hence the synchronisation.
 */
final class StagedFiles {

    private final long maxBytes;
    private final int maxFiles;
    private Path dir;
    /** By the name the user gave the file: uploading the same name again replaces it. */
    private final Map<String, Path> files = new LinkedHashMap<>();

    StagedFiles(long maxBytes, int maxFiles) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    /**
     * Moves an uploaded temporary file here under its original name.
     *
     * @throws IllegalArgumentException with a message for the user when a limit is passed
     */
    synchronized Path add(String originalName, Path uploaded) throws IOException {
        try {
            check(originalName, Files.size(uploaded));
            remove(originalName);
            if (dir == null) dir = Files.createTempDirectory("convene-upload-");
            Path target = dir.resolve(uniqueName(safeName(originalName)));
            Files.move(uploaded, target, StandardCopyOption.REPLACE_EXISTING);
            files.put(originalName, target);
            return target;
        } finally {
            Files.deleteIfExists(uploaded);
        }
    }

    /**
     * Streams an upload into a temporary file and stages it, reading no more than the size limit allows:
     * the size the browser declares may be missing or false, and a file over the limit must not fill the disk.
     *
     * @param declaredSize the size the client gave, or -1 when unknown
     * @throws IllegalArgumentException with a message for the user when a limit is passed
     */
    Path receive(String originalName, long declaredSize, java.io.InputStream in) throws IOException {
        check(originalName, declaredSize);
        Path part = Files.createTempFile("convene-upload-", ".part");
        try {
            long copied;
            try (var out = Files.newOutputStream(part)) {
                copied = in.transferTo(new BoundedOutput(out, maxBytes));
            } catch (BoundedOutput.Exceeded e) {
                throw new IllegalArgumentException(tooLarge(originalName, -1, maxBytes));
            }
            check(originalName, copied);
            return add(originalName, part);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Passes bytes on until there would be more than the limit. */
    private static final class BoundedOutput extends java.io.FilterOutputStream {
        static final class Exceeded extends IOException {
            Exceeded() {
                super("over the size limit");
            }
        }

        private final long max;
        private long written;

        BoundedOutput(java.io.OutputStream out, long max) {
            super(out);
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            if (++written > max) throw new Exceeded();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > max) throw new Exceeded();
            out.write(b, off, len);
        }
    }

    /**
     * Before an upload is read: would it pass the limits?
     *
     * @throws IllegalArgumentException saying which limit, its setting, and what to do instead
     */
    synchronized void check(String originalName, long size) {
        if (files.size() >= maxFiles && !files.containsKey(originalName)) {
            throw new IllegalArgumentException(originalName + " was not added: at most " + maxFiles
                    + " files go in one import (convene.upload.max-files). Import these first, then the rest.");
        }
        if (size > maxBytes) {
            throw new IllegalArgumentException(tooLarge(originalName, size, maxBytes));
        }
    }

    static String tooLarge(String name, long size, long maxBytes) {
        return name + (size > 0 ? " is " + megabytes(size) + "," : " is") + " larger than the " + megabytes(maxBytes)
                + " allowed (convene.upload.max-file-size). Split it, or import it with the command line: "
                + "convene import FILE.";
    }

    synchronized List<Path> files() {
        return List.copyOf(files.values());
    }

    synchronized boolean isEmpty() {
        return files.isEmpty();
    }

    synchronized void remove(String originalName) throws IOException {
        Path old = files.remove(originalName);
        if (old != null) Files.deleteIfExists(old);
    }

    /** Deletes the files and their directory. */
    synchronized void clear() {
        files.clear();
        if (dir == null) return;
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dir = null;
    }

    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\w.\\-]", "_");
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) base = "upload";
        return base;
    }

    private String uniqueName(String name) {
        String candidate = name;
        for (int i = 2; Files.exists(dir.resolve(candidate)); i++) candidate = i + "-" + name;
        return candidate;
    }

    /** In MB of 1,048,576 bytes, the unit of the settings (512MB), so a limit reads as it was set. */
    static String megabytes(long bytes) {
        if (bytes < 1048576) return String.format(java.util.Locale.UK, "%,d KB", (bytes + 1023) / 1024); // not "0.0 MB"
        double mb = bytes / 1048576.0;
        return String.format(java.util.Locale.UK, mb == Math.rint(mb) ? "%.0f MB" : "%.1f MB", mb);
    }
}
