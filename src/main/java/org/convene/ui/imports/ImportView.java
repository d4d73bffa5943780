package org.convene.ui.imports;

import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.convene.analysis.AnalysisService;
import org.convene.collect.CollectService;
import org.convene.ingest.ImportSummary;
import org.convene.ingest.Rejected;
import org.convene.ingest.RejectedCsv;
import org.convene.ui.Background;
import org.convene.ui.components.AnalysisRunner;
import org.convene.ui.components.Message;

/**
 * Import from the browser: files are dropped or chosen (several at once) and streamed to a temporary
 * directory, never held in memory; the import runs in the background with live counts; then the
 * summary, the rejected records and their report as CSV. Same rules as {@code convene import}. Below, live
 * collection ({@link CollectPanel}).
 */
@Route("import")
@PageTitle("Import · Convene")
@RolesAllowed("ADMIN")
public class ImportView extends VerticalLayout {

    static final String DETECT = "detect";

    private final ImportRunner runner;
    private final UploadSettings limits;
    private final StagedFiles staged;
    private final Upload upload;
    private final Select<String> format = new Select<>();
    private final TextField chats = new TextField("Chat tags");
    private final Button start = new Button("Import");
    private final Message message = new Message("import-message");
    private final VerticalLayout progressBox = new VerticalLayout();
    private final ProgressBar progress = new ProgressBar();
    private final Span counts = new Span();
    private final VerticalLayout resultBox = new VerticalLayout();
    private final Grid<Rejected> rejectedGrid = new Grid<>();
    private final Anchor report = new Anchor();
    private volatile List<Rejected> lastRejected = List.of();
    private final Checkbox analyse = new Checkbox("Analyse afterwards", true);
    private final AnalysisRunner analysisRunner;
    private final SchedulePanel schedules;

    public ImportView(ImportRunner runner, UploadSettings limits, CollectService collect, AnalysisService analysis,
                      org.convene.privacy.DemoRemoval demo, org.convene.ingest.CsvMappings mappings,
                      org.convene.ingest.Chats chatList) {
        this.runner = runner;
        this.analysisRunner = new AnalysisRunner(analysis);
        this.limits = limits;
        this.staged = new StagedFiles(limits.maxFileSize().toBytes(), limits.maxFiles());
        setMaxWidth("64rem");
        setPadding(true);
        addClassName("import-view");

        add(new H2("Import"), new Paragraph("Add chat archives in any of these formats: "
                + String.join(", ", runner.formats()) + ". Compressed .gz files are read as they are. Importing the "
                + "same file again changes nothing."));

        upload = new Upload(this::receive);
        upload.setUploadFormat(UploadFormat.RAW); // the file is the request body: streamed, no multipart parsing
        upload.setMaxFiles(limits.maxFiles());
        upload.setMaxFileSize((int) limits.maxFileSize().toBytes());
        upload.setDropAllowed(true);
        upload.setWidthFull();
        upload.addClassName("import-upload");
        upload.addFileRejectedListener(e -> message.problem(e.getErrorMessage().toLowerCase(Locale.ROOT).contains("big")
                ? StagedFiles.tooLarge(e.getFileName(), -1, limits.maxFileSize().toBytes())
                : e.getFileName() + " was not added: " + e.getErrorMessage() + " At most " + limits.maxFiles()
                  + " files go in one import (convene.upload.max-files)."));
        upload.addFileRemovedListener(e -> {
            try {
                staged.remove(e.getFileName());
            } catch (IOException ignored) {
                // a temporary file: it goes when the page does
            }
            start.setEnabled(!staged.isEmpty());
        });
        Span hint = new Span(String.format(Locale.UK, "Up to %d files of at most %s each.", limits.maxFiles(),
                StagedFiles.megabytes(limits.maxFileSize().toBytes())));
        hint.addClassName("hint");

        List<String> formats = new ArrayList<>(List.of(DETECT));
        formats.addAll(runner.formats());
        formats.addAll(runner.mappings()); // saved with convene mapping: for CSVs no format above reads
        format.setLabel("Format");
        format.setItems(formats);
        format.setValue(DETECT);
        format.setItemLabelGenerator(f -> f.equals(DETECT) ? "Detect from each file's content" : f);
        chats.setPlaceholder("e.g. wenurses, nhssm");
        chats.setHelperText("Hashtags of the chats these files follow; posts with them are grouped into sittings");
        chats.setClearButtonVisible(true);
        analyse.setHelperText("Roles, clusters, influence and bridges are brought up to date with the new posts "
                + "(half a minute on the demo; longer on large graphs)");
        analyse.addClassName("analyse-after");
        FormLayout options = new FormLayout(format, chats, analyse);
        options.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));

        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("start-import");
        start.setEnabled(false);
        start.addClickListener(e -> startImport());

        progress.setWidthFull();
        progress.getElement().setAttribute("aria-label", "Import progress");
        counts.addClassName("import-counts");
        counts.getElement().setAttribute("role", "status");
        progressBox.add(progress, counts);
        progressBox.setPadding(false);
        progressBox.setVisible(false);

        rejectedGrid.addColumn(Rejected::file).setHeader("File").setResizable(true).setFlexGrow(1);
        rejectedGrid.addColumn(Rejected::line).setHeader("Line").setWidth("6rem").setFlexGrow(0);
        rejectedGrid.addColumn(Rejected::reason).setHeader("Reason").setResizable(true).setFlexGrow(3)
                .setTooltipGenerator(Rejected::reason);
        rejectedGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT); // reasons are sentences
        rejectedGrid.addClassName("rejected-grid");
        rejectedGrid.setAllRowsVisible(true);
        report.setText("Download the report (CSV)");
        report.addClassName("rejected-report");
        report.setHref(DownloadHandler.fromInputStream(event -> reportCsv()), AttachmentType.DOWNLOAD);
        resultBox.setPadding(false);
        resultBox.setVisible(false);
        resultBox.addClassName("import-result");

        schedules = new SchedulePanel(chatList);
        MappingPanel mapping = new MappingPanel(mappings, () -> staged.files().stream().findFirst(), name -> {
            List<String> all = new ArrayList<>(List.of(DETECT));
            all.addAll(runner.formats());
            all.addAll(runner.mappings());
            format.setItems(all);
            format.setValue(ImportRunner.MAPPING + name);
        });
        add(upload, hint, options, mapping, start, message, progressBox, resultBox, schedules,
                new CollectPanel(collect), new DemoPanel(demo, analysis));
        tellEarlierImport();
        addDetachListener(e -> {
            if (start.isEnabled()) staged.clear(); // left without importing: the uploads go
        });
    }

    /** An import goes on when its page is left: a page opened meanwhile or afterwards says where it is or how it ended. */
    private void tellEarlierImport() {
        ImportRunner.Snapshot running = runner.current();
        ImportRunner.Finished last = runner.last();
        if (running != null) {
            message.info(String.format(Locale.UK, "An import is under way: file %d of %d, %s, %,d written so far. "
                    + "Open this page again after it ends for its summary.", running.fileNumber(), running.files(),
                    running.file(), running.written()));
        } else if (last != null) {
            message.info(String.format(Locale.UK, "The last import, which ended at %s UTC: %s.",
                    java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK)
                            .format(last.at().atZone(java.time.ZoneOffset.UTC)), last.summary().describe()));
        }
    }

    /** On the upload's request thread: stream the body to a temporary file, within the limits, then stage it. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        try (InputStream in = event.getInputStream()) {
            staged.receive(event.getFileName(), event.getFileSize(), in);
            ui.access(() -> start.setEnabled(true));
        } catch (IllegalArgumentException refused) {
            event.reject(refused.getMessage());
            ui.access(() -> message.problem(refused.getMessage()));
        }
    }

    private void startImport() {
        List<Path> files = staged.files();
        if (files.isEmpty()) {
            message.problem("Add at least one file first: drop it on the box above or use Upload files.");
            return;
        }
        String chosen = DETECT.equals(format.getValue()) ? null : format.getValue();
        List<String> tags = Arrays.stream(chats.getValue().split("[,;\\s]+"))
                .map(t -> t.replaceFirst("^#", "").strip()).filter(t -> !t.isEmpty()).toList();
        UI ui = UI.getCurrent();
        boolean analyseAfter = analyse.getValue();
        start.setEnabled(false);
        upload.setEnabled(false);
        message.clear();
        resultBox.setVisible(false);
        progress.setIndeterminate(true);
        counts.setText("Starting the import of " + files.size() + (files.size() == 1 ? " file…" : " files…"));
        progressBox.setVisible(true);
        Background.run(ui, () -> {
            try {
                ImportSummary summary = runner.run(files, chosen, tags,
                        () -> Background.show(ui, () -> counts.setText("Waiting for another import to finish…")),
                        snapshot -> Background.show(ui, () -> showProgress(snapshot)));
                // the page was left: nobody will start the analysis from the summary, so run it here
                if (analyseAfter && Background.left(ui) && summary.changedTheNetwork()) runner.analyse();
                return summary;
            } finally {
                staged.clear();
            }
        }, this::showSummary, this::showFailure);
    }

    private void showProgress(ImportRunner.Snapshot s) {
        progress.setIndeterminate(s.bytesTotal() <= 0);
        progress.setValue(s.fraction());
        counts.setText(String.format(Locale.UK, "File %d of %d, %s: %,d written, %,.0f/s, %s of %s",
                s.fileNumber(), s.files(), s.file(), s.written(), s.perSecond(),
                StagedFiles.megabytes(s.bytesRead()), StagedFiles.megabytes(s.bytesTotal())));
        counts.getElement().setAttribute("data-written", String.valueOf(s.written()));
    }

    private void showSummary(ImportSummary summary) {
        progress.setIndeterminate(false);
        progress.setValue(1);
        counts.setText("Done.");
        upload.clearFileList();
        upload.setEnabled(true);
        lastRejected = summary.rejected();

        resultBox.removeAll();
        Paragraph text = new Paragraph(summary.describe() + ".");
        text.addClassName("import-summary");
        Div figures = new Div(figure("records read", summary.read()), figure("posts", summary.posts()),
                figure("new posts", Math.max(0, summary.newPosts())));
        // an edge list's or NodeXL's interactions without posts; a post's own mentions and replies are not these
        if (summary.edges() > 0) figures.add(figure("listed interactions", summary.edges()));
        figures.add(figure("rejected", summary.rejected().size()));
        figures.addClassName("figures");
        resultBox.add(new H3("Summary"), text, figures);
        if (summary.rejected().isEmpty()) {
            resultBox.add(new Paragraph("Every record was imported."));
        } else {
            Paragraph why = new Paragraph("These records were set aside; everything else was imported. Fix them "
                    + "and import the file again: what is already in the graph is not duplicated.");
            rejectedGrid.setItems(summary.rejected());
            resultBox.add(new H3("Rejected records"), why, rejectedGrid, report);
        }
        resultBox.setVisible(true);
        schedules.refresh(); // the import may have followed a new chat
        if (!summary.changedTheNetwork()) return;
        if (analyse.getValue()) {
            analyseNow();
        } else { // several batches, one analysis: say what is out of date, and offer it when they are all in
            Button now = new Button("Analyse now", e -> {
                e.getSource().setEnabled(false);
                analyseNow();
            });
            now.addClassName("analyse-now");
            resultBox.add(new Paragraph("Roles, clusters, influence and bridges do not include this import yet."), now);
        }
    }

    private void analyseNow() {
        resultBox.add(analysisRunner);
        upload.setEnabled(false); // one thing at a time: the next import waits for the analysis
        analysisRunner.start(UI.getCurrent(), ok -> upload.setEnabled(true));
    }

    private void showFailure(Throwable e) {
        progressBox.setVisible(false);
        upload.setEnabled(true);
        upload.clearFileList();
        message.problem("The import stopped: " + reason(e) + ". What was written before that is kept, and importing the "
                + "files again is safe (nothing is duplicated). Add them again and retry, or run convene import "
                + "FILE to see more detail.");
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip().replaceAll("\\.$", "");
    }

    private Div figure(String label, long value) {
        Div box = new Div(new Span(String.format(Locale.UK, "%,d", value)), new Span(label));
        box.addClassName("figure");
        box.getElement().setAttribute("data-figure", label);
        return box;
    }

    private DownloadResponse reportCsv() {
        byte[] bytes = RejectedCsv.text(lastRejected).getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(bytes), "import-rejected.csv", "text/csv", bytes.length);
    }

}
