package org.convene.ui.privacy;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.AttachmentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.convene.export.ExportFormat;
import org.convene.export.ExportService;

/**
 * The pseudonymised export as a download: accounts and interactions with ids and handles replaced by salted
 * hashes, no names, bios or post text. A new random salt each time unless the user gives one.
 */
class ExportPanel extends VerticalLayout {

    private final ExportService export;
    private final Select<ExportFormat> format = new Select<>();
    private final PasswordField salt = new PasswordField("Salt (optional)");
    private final Anchor download = new Anchor();
    // read by the download request, which does not hold the UI's lock
    private volatile ExportFormat chosenFormat = ExportFormat.GRAPHML;
    private volatile String chosenSalt;

    ExportPanel(ExportService export) {
        this.export = export;
        setPadding(false);
        addClassName("export-panel");
        format.setLabel("Format");
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> switch (f) {
            case GEXF -> "GEXF (Gephi)";
            case GRAPHML -> "GraphML (NodeXL, igraph, networkx)";
            case CSV -> "CSV, zipped (R, pandas)";
        });
        format.setValue(chosenFormat);
        format.addValueChangeListener(e -> chosenFormat = e.getValue() == null ? ExportFormat.GRAPHML : e.getValue());
        format.addClassName("export-format");
        format.setWidth("min(20rem, 100%)");
        salt.setHelperText("Empty: a new random salt, so pseudonyms differ from any other export. "
                + "The same salt (at least " + org.convene.export.Pseudonymiser.MIN_SALT
                + " characters, 8 of them different) gives the same pseudonyms, to link several exports");
        salt.setWidth("min(24rem, 100%)");
        salt.addClassName("export-salt");
        salt.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        salt.addValueChangeListener(e -> {
            String typed = e.getValue() == null || e.getValue().isEmpty() ? null : e.getValue();
            try {
                org.convene.export.Pseudonymiser.checkSalt(typed);
                salt.setInvalid(false);
                download.setEnabled(true);
                chosenSalt = typed;
            } catch (IllegalArgumentException tooShort) {
                salt.setErrorMessage(tooShort.getMessage());
                salt.setInvalid(true);
                download.setEnabled(false); // a short salt is never used
                chosenSalt = null;
            }
        });
        download.setText("Download pseudonymised export");
        download.addClassName("export-download");
        download.setHref(DownloadHandler.fromInputStream(event -> file(chosenFormat, chosenSalt)), AttachmentType.DOWNLOAD);
        HorizontalLayout row = new HorizontalLayout(format, salt);
        row.setWrap(true); // a phone puts them under each other
        row.setWidthFull(); // a wrapping row sized to its content wraps too soon
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3("Pseudonymised export"), new Paragraph("Accounts and who interacts with whom, with roles, "
                + "communities and scores. Handles and ids become salted hashes; names, bios, cluster labels and post "
                + "text are left out, and follower counts are rounded down to a power of ten (3,892 becomes 1,000)."), row, download);
    }

    private DownloadResponse file(ExportFormat f, String s) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("convene-export-");
            String base = "convene-pseudonymised";
            byte[] bytes;
            String name;
            if (f == ExportFormat.CSV) {
                export.export(f, dir.resolve("csv"), true, s);
                bytes = zip(dir.resolve("csv"));
                name = base + "-csv.zip";
            } else {
                Path out = dir.resolve(base + "." + f.name().toLowerCase(Locale.ROOT));
                export.export(f, out, true, s);
                bytes = Files.readAllBytes(out);
                name = out.getFileName().toString();
            }
            return new DownloadResponse(new ByteArrayInputStream(bytes), name,
                    f == ExportFormat.CSV ? "application/zip" : "application/xml", bytes.length);
        } catch (IOException | RuntimeException e) {
            return DownloadResponse.error(500, "The export failed: " + e.getMessage());
        } finally {
            delete(dir);
        }
    }

    private static byte[] zip(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void delete(Path dir) {
        if (dir == null) return;
        try (var all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans it
        }
    }
}
