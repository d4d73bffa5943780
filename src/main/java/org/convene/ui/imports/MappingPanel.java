package org.convene.ui.imports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.convene.ingest.CsvHeader;
import org.convene.ingest.CsvMapping;
import org.convene.ingest.CsvMappings;
import org.convene.ui.components.Message;

/**
 * Describes a CSV no format reads (a collector's export with its own column names) as a saved {@link CsvMapping},
 * from the columns of the file the user added: what {@code convene mapping save} does, without the command line.
 */
class MappingPanel extends Details {

    /** The fields a user picks a column for, with their labels; the first three are required. */
    private static final Map<String, String> FIELDS = fields();
    private static final String NONE = "";
    private static final List<String> TIME_FORMATS = List.of("dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "MM/dd/yyyy HH:mm",
            "yyyy-MM-dd HH:mm:ss", "iso", "EEE MMM dd HH:mm:ss Z yyyy", "epoch-seconds", "epoch-millis");

    private final CsvMappings mappings;
    private final Supplier<Optional<Path>> firstFile;
    private final Consumer<String> saved;
    private final TextField name = new TextField("Mapping name");
    private final Select<String> delimiter = new Select<>();
    private final Select<String> platform = new Select<>();
    private final ComboBox<String> timeFormat = new ComboBox<>("Time format");
    private final ComboBox<String> zone = new ComboBox<>("Time zone of the times");
    private final Map<String, Select<String>> columns = new LinkedHashMap<>();
    private final FormLayout form = new FormLayout();
    private final Message message = new Message("mapping-message");
    private final Button save = new Button("Save the mapping");
    private CsvHeader header;

    /** @param saved told the saved mapping's name, to choose it as the format */
    MappingPanel(CsvMappings mappings, Supplier<Optional<Path>> firstFile, Consumer<String> saved) {
        this.mappings = mappings;
        this.firstFile = firstFile;
        this.saved = saved;
        setSummaryText("Your own CSV: describe its columns");
        addClassName("mapping-panel");
        Button read = new Button("Read the columns of the first added file", e -> read());
        read.addClassName("read-columns");
        name.setPlaceholder("e.g. wenurses-sheet");
        delimiter.setLabel("Delimiter");
        delimiter.setItems(",", ";", "tab", "|");
        delimiter.setItemLabelGenerator(d -> switch (d) { case "," -> "comma"; case ";" -> "semicolon"; case "|" -> "bar"; default -> d; });
        platform.setLabel("Platform");
        platform.setItems("twitter", "mastodon", "bluesky");
        platform.setValue("twitter");
        timeFormat.setItems(TIME_FORMATS);
        timeFormat.setAllowCustomValue(true);
        timeFormat.addCustomValueSetListener(e -> timeFormat.setValue(e.getDetail()));
        timeFormat.setHelperText("dd day, MM month, yyyy year, HH hour (24), mm minutes; iso for 2026-11-25T20:05");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue("Europe/London");
        zone.setHelperText("Where the export's clock was: Europe/London gets GMT and BST right; UTC if times end in Z or +00:00");
        FIELDS.forEach((field, label) -> {
            Select<String> s = new Select<>();
            s.setLabel(label);
            s.setEmptySelectionAllowed(true);
            s.setEmptySelectionCaption("(none)");
            s.addClassName("column-" + field);
            columns.put(field, s);
        });
        columns.get("time").addValueChangeListener(e -> showSample());
        save.addClickListener(e -> save());
        save.addClassName("save-mapping");
        form.add(name, platform, delimiter);
        columns.values().forEach(form::add);
        form.add(timeFormat, zone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 3));
        form.setVisible(false);
        save.setVisible(false);
        form.getElement().setAttribute("aria-label", "Columns of your CSV");
        Div body = new Div(new Paragraph("For a CSV that none of the formats reads: add the file above (do not import it "
                + "yet), read its columns here, check which column holds what, and save. The mapping is then chosen as "
                + "the Format, and kept for next week's export. (Command line: convene mapping save.)"), read, form, save, message);
        add(body);
    }

    private void read() {
        message.clear();
        Optional<Path> file = firstFile.get();
        if (file.isEmpty()) {
            message.problem("Add your CSV file above first (drop it or choose it); then read its columns.");
            return;
        }
        try {
            header = CsvHeader.of(file.get());
        } catch (Exception e) {
            header = null;
            message.problem("Its columns could not be read: " + e.getMessage());
            return;
        }
        delimiter.setValue(header.delimiter());
        List<String> names = new ArrayList<>(header.columns());
        columns.forEach((field, select) -> {
            select.setItems(names);
            select.setValue(header.guesses().get(field));
        });
        if (name.isEmpty()) name.setValue(file.get().getFileName().toString().replaceAll("(?i)\\.csv(\\.gz)?$", ""));
        form.setVisible(true);
        save.setVisible(true);
        showSample();
        message.info(header.columns().size() + " columns read; the guesses are filled in: check each, above all the time format.");
    }

    private void showSample() {
        String column = columns.get("time").getValue();
        String sample = header == null || column == null ? null : header.firstRow().get(column);
        columns.get("time").setHelperText(sample == null ? null : "First row: " + sample);
        if (sample != null && timeFormat.isEmpty()) timeFormat.setValue(guessFormat(sample));
    }

    /** A first guess from one value as written: UK day-first for slashes, as the chats this serves are mostly British. */
    static String guessFormat(String sample) {
        String s = sample.strip();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?")) return "iso";
        if (s.matches("\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d{2}:\\d{2}")) return "dd/MM/yyyy HH:mm:ss";
        if (s.matches("\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d{2}")) return "dd/MM/yyyy HH:mm";
        if (s.matches("\\d{10}")) return "epoch-seconds";
        if (s.matches("\\d{13}")) return "epoch-millis";
        if (s.matches("[A-Z][a-z]{2} [A-Z][a-z]{2} \\d{2} .*")) return "EEE MMM dd HH:mm:ss Z yyyy";
        return null;
    }

    private void save() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name.getValue().strip());
        fields.put("platform", platform.getValue());
        fields.put("delimiter", delimiter.getValue());
        columns.forEach((field, select) -> { if (select.getValue() != null && !select.getValue().equals(NONE)) fields.put(field, select.getValue()); });
        if (timeFormat.getValue() != null) fields.put("timeFormat", timeFormat.getValue());
        if (zone.getValue() != null) fields.put("zone", zone.getValue());
        try {
            CsvMapping mapping = mappings.save(CsvMappings.fromMap(fields));
            message.done("Saved the mapping '" + mapping.name() + "' and chose it as the Format: import the file now.");
            saved.accept(mapping.name());
        } catch (IllegalArgumentException e) {
            message.problem(e.getMessage());
        }
    }

    private static Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("authorHandle", "Author's handle *");
        m.put("text", "Post text *");
        m.put("time", "Time *");
        m.put("id", "Post id");
        m.put("authorId", "Author's id");
        m.put("authorName", "Display name");
        m.put("bio", "Bio");
        m.put("followers", "Followers");
        m.put("location", "Location");
        m.put("retweetOf", "Retweeted post id");
        m.put("replyToPost", "Replied-to post id");
        m.put("url", "Link");
        return m;
    }
}
