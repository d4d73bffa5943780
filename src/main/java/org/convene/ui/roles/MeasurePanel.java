package org.convene.ui.roles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.convene.roles.RoleEvaluator;
import org.convene.roles.RoleSample;
import org.convene.roles.RoleService;
import org.convene.ui.Access;
import org.convene.suggest.SuggestService;
import org.convene.ui.Background;
import org.convene.ui.components.Message;

/**
 * Measure the rules on your own chat, in two steps: download a random sample of accounts with a bio, label it
 * by reading each bio, and upload it; the page shows precision and recall per role and each account where you
 * and the rules differ. Nothing is stored, unless the person then keeps their labels as corrections.
 */
class MeasurePanel extends VerticalLayout {

    static final int LARGEST_UPLOAD = 20 * 1024 * 1024;

    private final RoleEvaluator evaluator;
    private final RoleSample sampler;
    private final RoleService roles;
    private final IntegerField size = new IntegerField("Accounts");
    private final IntegerField seed = new IntegerField("Seed");
    private final ComboBox<String> chat = new ComboBox<>("Chat");
    private final Message message = new Message("measure-message");
    private final MeasureResult result = new MeasureResult();
    private Upload upload;
    private final Button store = new Button();
    private final Message stored = new Message("measure-store-message");
    private final VerticalLayout keep = new VerticalLayout();
    private byte[] lastCsv;
    private String lastName;
    private volatile int chosenSize = 100;
    private volatile int chosenSeed = 1;
    private volatile String chosenChat;

    MeasurePanel(RoleEvaluator evaluator, RoleSample sampler, RoleService roles, Supplier<List<String>> chats) {
        this.evaluator = evaluator;
        this.sampler = sampler;
        this.roles = roles;
        setPadding(false);
        addClassName("measure-panel");
        add(sampleStep(chats), uploadStep(), message, result, keepStep());
    }

    private VerticalLayout sampleStep(Supplier<List<String>> chats) {
        size.setValue(chosenSize);
        size.setMin(1);
        size.setMax(RoleSample.LARGEST);
        size.setStepButtonsVisible(true);
        size.setHelperText("1 to " + RoleSample.LARGEST + "; a few hundred give steadier figures");
        size.addValueChangeListener(e -> chosenSize = e.getValue() == null ? 100
                : Math.max(1, Math.min(RoleSample.LARGEST, e.getValue())));
        seed.setValue(chosenSeed);
        seed.setHelperText("Another seed, another sample");
        seed.addValueChangeListener(e -> chosenSeed = e.getValue() == null ? 1 : e.getValue());
        chat.setItems(chats.get());
        chat.setAllowCustomValue(true);
        chat.addCustomValueSetListener(e -> chat.setValue(SuggestService.tag(e.getDetail())));
        chat.setItemLabelGenerator(t -> "#" + t);
        chat.setClearButtonVisible(true);
        chat.setPlaceholder("every account");
        chat.setHelperText("Only those who posted with this hashtag");
        chat.addValueChangeListener(e -> chosenChat = e.getValue());
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> sampleCsv()), "Download the sample (CSV)");
        download.addClassName("measure-sample");
        download.getElement().setAttribute("download", true);
        HorizontalLayout fields = new HorizontalLayout(size, chat, seed, download);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        Paragraph how = new Paragraph("A random sample of accounts with a bio, as a spreadsheet with an empty roles "
                + "column. Fill it in by reading each bio: one or more of nurse, doctor, ahp, executive, commissioner, "
                + "manager, comms, researcher, patient, carer, advocate, organisation, media, or unknown when the bio "
                + "states none. Give the roles the bio states for the account itself, now, the one it leads with first: "
                + "past roles (former, retired), wishes (aspiring), relatives' roles (a nurse's daughter) and audiences "
                + "(serving patients) do not count. Random, so the figures are not flattered "
                + "by accounts you expect the rules to get right.");
        how.addClassName("hint");
        VerticalLayout step = new VerticalLayout(new H3("1. Draw a sample to label"), how, fields);
        step.setPadding(false);
        return step;
    }

    private VerticalLayout uploadStep() {
        upload = new Upload(this::receive);
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LARGEST_UPLOAD);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropAllowed(true);
        upload.addClassName("measure-upload");
        upload.addFileRejectedListener(e -> message.problem(e.getFileName() + " was not read: " + e.getErrorMessage()));
        Paragraph how = new Paragraph("The sample with its roles filled in, or any CSV with the columns handle (or "
                + "platform and id) and roles, e.g. jo_rn,\"nurse,carer\". Rows without roles are skipped, so you can "
                + "measure part of a sample. The rules label these accounts as they are in the graph, ignoring "
                + "corrections; nothing is stored. Once you change the dictionary to fix what a sample shows, that "
                + "sample no longer measures the rules fairly: keep part of it back, or draw another.");
        how.addClassName("hint");
        VerticalLayout step = new VerticalLayout(new H3("2. Upload your labels"), how, upload);
        step.setPadding(false);
        return step;
    }

    /** After a measure: the person's labels are work worth keeping, as corrections that win over the rules. */
    private VerticalLayout keepStep() {
        Paragraph how = new Paragraph("Your labels can also count in the graph: stored as corrections, they win over "
                + "the rules for these accounts, across re-labelling and re-imports, as corrections from the review "
                + "queue do. Accounts not in the graph yet get theirs when they arrive.");
        how.addClassName("hint");
        store.addClassName("measure-store");
        store.addClickListener(e -> confirmStore());
        keep.add(new H3("3. Keep your labels (optional)"), how, store, stored);
        keep.setPadding(false);
        keep.setVisible(false);
        return keep;
    }

    private void confirmStore() {
        String name = lastName;
        byte[] csv = lastCsv;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Store your labels as corrections?");
        dialog.add(new Paragraph("The roles in " + name + " become a person's corrections (by " + Access.user()
                + "). Labelling and re-imports will not change these accounts again; a later correction replaces them."));
        Button cancel = new Button("Cancel", e -> dialog.close());
        Button ok = new Button("Store", e -> {
            dialog.close();
            store.setEnabled(false);
            String who = Access.user();
            Background.run(UI.getCurrent(), () -> roles.importOverrides(name, reader(csv), who),
                    done -> {
                        stored.done(String.format(Locale.UK, "Stored %,d corrections from %s: %,d accounts have them "
                                + "now, the rest get them when they are imported.", done.stored(), name, done.applied()));
                        stored.reveal();
                    },
                    failed -> {
                        store.setEnabled(true);
                        stored.problem("The corrections could not be stored (" + failed.getMessage() + "). Nothing was "
                                + "lost; try again.");
                    });
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-store");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
        ok.focus();
    }

    private static InputStreamReader reader(byte[] csv) {
        return new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8);
    }

    private DownloadResponse sampleCsv() throws IOException {
        List<RoleSample.Account> sample = sampler.draw(chosenSize, chosenChat, chosenSeed);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            RoleSample.write(sample, out);
        }
        String name = "roles-sample" + (chosenChat == null ? "" : "-" + chosenChat) + "-" + sample.size()
                + "-seed" + chosenSeed + ".csv";
        return new DownloadResponse(new ByteArrayInputStream(bytes.toByteArray()), name, "text/csv", bytes.size());
    }

    /** On the upload's request thread: read the file (small), then score it off the UI thread. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = event.getFileName();
        byte[] csv;
        try (InputStream in = event.getInputStream()) {
            csv = in.readNBytes(LARGEST_UPLOAD + 1);
        }
        if (csv.length > LARGEST_UPLOAD) {
            event.reject("larger than 20 MB");
            return;
        }
        ui.access(() -> {
            message.info(String.format(Locale.UK, "Measuring the rules on %s…", name));
            Background.run(ui, () -> evaluator.evaluate(name, reader(csv)),
                    r -> {
                        message.clear();
                        upload.clearFileList(); // ready for the next version of the file
                        result.show(name, r);
                        int labelled = r.evaluation().accounts() + r.notFound().size();
                        lastCsv = csv;
                        lastName = name;
                        store.setText(String.format(Locale.UK, "Store %,d labels as corrections…", labelled));
                        store.setEnabled(labelled > 0);
                        stored.clear();
                        keep.setVisible(labelled > 0);
                    },
                    e -> {
                        upload.clearFileList();
                        message.problem(name + " could not be measured: " + e.getMessage());
                    });
        });
    }
}
