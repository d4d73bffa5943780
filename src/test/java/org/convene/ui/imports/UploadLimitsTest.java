package org.convene.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The Import page's limits hold on the server, whatever the browser says: an upload is read no further
 * than the size limit even when its declared size is missing or false, nothing of it is kept, and the
 * message names the limit's setting and what to do instead.
 */
class UploadLimitsTest {

    /** A stream of {@code size} bytes that counts how many were read. */
    private static InputStream bytes(long size, AtomicLong read) {
        return new InputStream() {
            @Override
            public int read() {
                if (read.get() >= size) return -1;
                read.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, size - read.get());
                if (n <= 0) return -1;
                read.addAndGet(n);
                return n;
            }
        };
    }

    private static long filesIn(Path dir, String glob) throws Exception {
        try (var s = Files.newDirectoryStream(dir, glob)) {
            long n = 0;
            for (Path ignored : s) n++;
            return n;
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingOnWhateverSizeItClaims() throws Exception {
        StagedFiles staged = new StagedFiles(1 << 20, 3);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long partsBefore = filesIn(tmp, "convene-upload-*.part");
        for (long declared : new long[] {-1, 100}) { // unknown, and a lie
            AtomicLong read = new AtomicLong();
            assertThatThrownBy(() -> staged.receive("huge.jsonl", declared, bytes(50L << 20, read)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("huge.jsonl is larger than the 1 MB allowed (convene.upload.max-file-size)")
                    .hasMessageContaining("convene import FILE");
            assertThat(read.get()).as("bytes read of a 50 MB upload").isLessThanOrEqualTo((1 << 20) + (1 << 16));
        }
        assertThat(staged.isEmpty()).isTrue();
        assertThat(filesIn(tmp, "convene-upload-*.part")).isEqualTo(partsBefore);
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeReading() {
        StagedFiles staged = new StagedFiles(1 << 20, 3);
        AtomicLong read = new AtomicLong();
        assertThatThrownBy(() -> staged.receive("big.csv", 5L << 20, bytes(5L << 20, read)))
                .hasMessageContaining("big.csv is 5 MB, larger than the 1 MB allowed");
        assertThat(read.get()).isZero();
    }

    @Test
    void theFileCountLimitHoldsAndNamesItsSetting() throws Exception {
        StagedFiles staged = new StagedFiles(1 << 20, 2);
        staged.receive("a.csv", 3, bytes(3, new AtomicLong()));
        staged.receive("b.csv", -1, bytes(3, new AtomicLong()));
        assertThatThrownBy(() -> staged.receive("c.csv", 3, bytes(3, new AtomicLong())))
                .hasMessage("c.csv was not added: at most 2 files go in one import (convene.upload.max-files). "
                        + "Import these first, then the rest.");
        staged.receive("a.csv", 4, bytes(4, new AtomicLong())); // the same name again replaces it: still two
        assertThat(staged.files()).hasSize(2);
        staged.clear();
    }

    @Test
    void settingsHaveSafeDefaultsAndAreCappedAtTheComponentsLimit() {
        UploadSettings unset = new UploadSettings(null, 0);
        assertThat(unset.maxFileSize()).isEqualTo(DataSize.ofMegabytes(512));
        assertThat(unset.maxFiles()).isEqualTo(20);
        assertThat(new UploadSettings(DataSize.ofGigabytes(10), 5).maxFileSize().toBytes()).isEqualTo(Integer.MAX_VALUE);
    }
}
