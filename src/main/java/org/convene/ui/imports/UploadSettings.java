package org.convene.ui.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the Import page's uploads.
 *
 * @param maxFileSize largest file accepted (e.g. 512MB; at most 2GB, the upload component's limit)
 * @param maxFiles    files in one import
 */
@ConfigurationProperties("convene.upload")
public record UploadSettings(DataSize maxFileSize, int maxFiles) {

    private static final DataSize LARGEST = DataSize.ofBytes(Integer.MAX_VALUE);

    public UploadSettings {
        if (maxFileSize == null || maxFileSize.toBytes() <= 0) maxFileSize = DataSize.ofMegabytes(512);
        if (maxFileSize.compareTo(LARGEST) > 0) maxFileSize = LARGEST;
        if (maxFiles <= 0) maxFiles = 20;
    }
}
