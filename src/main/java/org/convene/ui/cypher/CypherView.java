package org.convene.ui.cypher;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.cypher.CellText;
import org.convene.cypher.CypherRefusedException;
import org.convene.cypher.CypherResult;
import org.convene.cypher.CypherRunner;
import org.convene.cypher.QueryLibrary;
import org.convene.cypher.ResultCsv;
import org.convene.network.NetworkService;
import org.convene.roles.Role;
import org.convene.ui.Access;
import org.convene.ui.Background;
import org.convene.ui.components.Confirm;
import org.convene.ui.components.CypherEditor;
import org.convene.ui.components.NetworkGraph;
import org.convene.ui.components.RoleColors;
import org.neo4j.driver.exceptions.Neo4jException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cypher for researchers: an editor (Ctrl+Enter runs), the documented query library one click away,
 * the result as a table and, when it holds nodes, as a graph, and a CSV of it. Queries follow
 * {@link CypherRunner}'s read-only rules; the same rules apply to {@code convene cypher --read-only}.
 */
@Route("cypher")
@PageTitle("Cypher · Convene")
@RolesAllowed("ANALYST")
public class CypherView extends HorizontalLayout {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SHORT_CELL = 40;

    private final CypherRunner runner;
    private final QueryLibrary library;
    private final CypherEditor editor = new CypherEditor();
    private final TextField parameters = new TextField("Parameters (JSON)");
    private final Button run = new Button("Run");
    /** Shown while a query runs: stops it (its transaction is terminated, so nothing it did is kept). */
    private final Button cancel = new Button("Cancel");
    /** The tag of the run going now, by which Cancel finds it. */
    private volatile String runId;
    private final Span status = new Span();
    private final Div error = new Div();
    private final Anchor download = new Anchor();
    private final NetworkGraph graph = new NetworkGraph();
    private final Button png = new Button("Save drawing as PNG", e -> graph.exportPng("convene-query.png"));
    private final TabSheet results = new TabSheet();
    private final Grid<Map<String, Object>> grid = new Grid<>();
    private final NodeInfo nodeInfo = new NodeInfo(() -> {
        graph.highlight(null);
        graph.fit(); // the whole result again, as before the node was opened
    });
    private CypherResult last;
    /** Admins may write after confirming; analysts only read. Decided here, on the UI thread, where sign-in is known. */
    private final boolean admin = Access.has("ADMIN");

    public CypherView(CypherRunner runner, QueryLibrary library) {
        this.runner = runner;
        this.library = library;
        setSizeFull();
        setPadding(true);
        addClassName("cypher-view");

        editor.addClassName("cypher-editor");
        editor.setWidthFull();
        editor.setValue("MATCH (a:Account)-[i:INTERACTS]->(b:Account)\nRETURN a, i, b\nORDER BY i.weight DESC\nLIMIT 50");
        editor.addRunListener(e -> execute(e.getValue()));

        parameters.setPlaceholder("e.g. {\"tag\": \"celiac\"}");
        parameters.setWidthFull();
        parameters.setClearButtonVisible(true);
        parameters.setHelperText("Values for $names in the query, e.g. {\"tag\": \"celiac\", \"limit\": 20}");

        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClassName("run-query");
        run.addClickListener(e -> execute(editor.getValue()));
        run.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(parameters); // the editor has its own
        run.setTooltipText("Ctrl+Enter");

        download.setText("Download CSV");
        download.addClassName("download-csv");
        downloadable(false);
        download.setHref(DownloadHandler.fromInputStream(event -> csv()), AttachmentType.DOWNLOAD);

        status.addClassName("query-status");
        status.getElement().setAttribute("role", "status");
        error.addClassName("query-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        Span readOnly = new Span(admin ? "Read-only unless you confirm a change"
                : "Read-only: queries cannot change the graph");
        readOnly.getElement().getThemeList().add("badge contrast");
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        png.addClassName("export-png");
        png.getElement().setAttribute("aria-label", "Save the drawing as a PNG image");
        png.setVisible(false);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClassName("cancel-query");
        cancel.setVisible(false);
        cancel.addClickListener(e -> {
            cancel.setEnabled(false);
            status.setText(runner.cancel(runId) ? "Stopping…" : "Finishing…");
        });
        HorizontalLayout actions = new HorizontalLayout(run, cancel, download, png, status);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // a click on a row shows each of its values whole, under it: nodes and texts are longer than a column
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::rowDetails));
        grid.addClassName("result-grid");
        grid.setSizeFull();
        graph.setSizeFull();
        graph.addClassName("result-graph");
        graph.getElement().setAttribute("node-word", "nodes");
        graph.getElement().setAttribute("edge-word", "relationships");
        results.add("Table", grid);
        // keys as on the Network page (AccessibilityIT holds every drawing to them), in a query's words
        graph.enableKeyboard("Query result drawing");
        graph.getElement().setAttribute("aria-label", "Query result drawing. " + NetworkGraph.KEYS
                .replace("account", "node").replace("a handle", "a caption"));
        graph.addClearListener(e -> nodeInfo.setVisible(false));
        graph.addNodeClickListener(e -> {
            if (last != null) last.graph().nodes().stream().filter(n -> n.id().equals(e.key())).findFirst()
                    .ifPresent(n -> {
                        nodeInfo.show(n);
                        graph.highlight(n.id()); // again, now that the panel has taken its width
                    });
        });
        HorizontalLayout graphBox = new HorizontalLayout(graph, nodeInfo);
        graphBox.addClassName("result-graph-box");
        graphBox.setSizeFull();
        graphBox.setFlexGrow(1, graph);
        results.add("Graph", graphBox);
        results.setSizeFull();
        // the drawing is saved as shown, so the button is there while it is
        results.addSelectedChangeListener(e -> showPngButton());
        results.setVisible(false);

        VerticalLayout side = libraryPanel(library.entries());
        // the library takes a fifth of a laptop's width: hidden, the drawing and its node panel have it
        Button libraryToggle = new Button("Hide query library");
        libraryToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        libraryToggle.addClassName("library-toggle");
        libraryToggle.addClickListener(e -> {
            side.setVisible(!side.isVisible());
            libraryToggle.setText(side.isVisible() ? "Hide query library" : "Show query library");
        });
        HorizontalLayout heading = new HorizontalLayout(new H2("Cypher"), readOnly, libraryToggle);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWidthFull();
        libraryToggle.getStyle().set("margin-left", "auto");
        VerticalLayout main = new VerticalLayout(heading, editor, parameters, actions, error);
        main.addAndExpand(results);
        main.setPadding(false);
        main.setSizeFull();
        main.setMinWidth("0");
        main.addClassName("cypher-main");

        add(main, side);
        setFlexGrow(1, main);
    }

    private VerticalLayout libraryPanel(List<QueryLibrary.Entry> entries) {
        VerticalLayout side = new VerticalLayout(new H3("Query library"));
        side.addClassName("query-library");
        side.setWidth("19rem");
        side.setMinWidth("14rem");
        side.setPadding(false);
        side.setSpacing(false);
        for (QueryLibrary.Entry entry : entries) {
            Button open = new Button(entry.name(), e -> {
                editor.setValue(entry.text());
                Map<String, Object> params = library.parametersForThisGraph(entry);
                parameters.setValue(params.isEmpty() ? "" : JSON.writeValueAsString(params));
                execute(entry.text());
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.addClassName("library-query");
            open.getElement().setAttribute("data-query", entry.name());
            open.getElement().setAttribute("aria-label", "Run " + entry.name() + ": " + entry.title());
            Paragraph about = new Paragraph(entry.title() + (entry.details().isEmpty() ? "" : " " + entry.details()));
            about.addClassName("library-about");
            Div item = new Div(open, about);
            item.addClassName("library-item");
            side.add(item);
        }
        if (entries.isEmpty()) side.add(new Paragraph("No saved queries found in cypher/library."));
        return side;
    }

    /** The query whose result is shown or coming, for advice on it. */
    private String ran;

    private void execute(String query) {
        ran = query;
        Map<String, Object> params;
        try {
            params = parameters();
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        running(true);
        error.setVisible(false);
        String tag = runId;
        Background.run(getUI().orElseThrow(), () -> runner.run(query, params, false, runner.settings().maxRows(), tag), this::show, e -> {
            running(false);
            if (admin && e instanceof CypherRefusedException refused && refused.wouldChangeGraph()) {
                confirmWrite(query, params, refused.getMessage());
            } else {
                fail(explain(e));
            }
        });
    }

    /** An admin's write runs only after a yes; read queries never ask. */
    private void confirmWrite(String query, Map<String, Object> params, String why) {
        status.setText("Waiting for your confirmation");
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("confirm-write");
        confirm.setHeader("Change the graph?");
        confirm.setText(why.replaceFirst(", and queries here are read-only.*", ".")
                + " It runs as written and cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Run and change the graph");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            running(true);
            String tag = runId;
            Background.run(getUI().orElseThrow(), () -> runner.run(query, params, true, runner.settings().maxRows(), tag), this::show, problem -> {
                running(false);
                fail(explain(problem));
            });
        });
        confirm.addCancelListener(e -> status.setText("Not run: nothing was changed."));
        Confirm.openCancelFocused(confirm);
    }

    private Map<String, Object> parameters() {
        String text = parameters.getValue().strip();
        if (text.isEmpty()) return Map.of();
        try {
            Object value = JSON.readValue(text, Object.class);
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> params = new LinkedHashMap<>();
                map.forEach((k, v) -> params.put(String.valueOf(k), v));
                return params;
            }
        } catch (RuntimeException notJson) {
            // said below
        }
        throw new IllegalArgumentException("The parameters must be a JSON object such as {\"tag\": \"celiac\", "
                + "\"limit\": 20}; text needs double quotes.");
    }

    /** Run off and Cancel on while a query runs, with a new tag for it; the other way round after. */
    private void running(boolean now) {
        run.setEnabled(!now);
        cancel.setVisible(now);
        cancel.setEnabled(now);
        if (now) {
            runId = java.util.UUID.randomUUID().toString();
            status.setText("Running…");
        }
    }

    private void show(CypherResult result) {
        last = result;
        running(false);
        downloadable(!result.columns().isEmpty());
        int n = result.rows().size();
        String text = String.format(Locale.UK, "%,d %s in %,d ms", n, n == 1 ? "row" : "rows", result.took().toMillis());
        if (result.truncated()) {
            // an ORDER BY already chooses which rows come first: then only a LIMIT (or a narrower MATCH) helps
            boolean ordered = ran != null && ran.toUpperCase(Locale.ROOT).matches("(?s).*\\bORDER\\s+BY\\b.*");
            text = String.format(Locale.UK, "Showing the first %,d rows in %,d ms: the query returned more (limit set by "
                    + "convene.cypher.max-rows). %s", result.maxRows(), result.took().toMillis(),
                    ordered ? "Add a LIMIT, or narrow the MATCH, to see fewer." : "Add an ORDER BY to choose which, or a LIMIT.");
        }
        if (!result.changes().isEmpty()) text = sentence(text) + " Changed: " + result.changes();
        if (!result.nullParameters().isEmpty()) text = sentence(text) + " " + result.nullParametersNote().replaceAll("\\.$", "");
        status.setText(text);
        status.getElement().setAttribute("data-rows", String.valueOf(n));
        status.getElement().setAttribute("data-truncated", String.valueOf(result.truncated()));

        grid.removeAllColumns();
        boolean anyLong = false;
        for (String column : result.columns()) {
            var added = grid.addColumn(row -> CellText.brief(row.get(column))).setHeader(column).setResizable(true)
                    .setTooltipGenerator(row -> CellText.of(row.get(column)));
            // short values (handles, counts) get the width they need; long ones (nodes, texts) share the rest
            boolean narrow = result.rows().stream().limit(100)
                    .allMatch(row -> CellText.brief(row.get(column)).length() <= SHORT_CELL);
            if (narrow) added.setAutoWidth(true).setFlexGrow(0);
            else added.setWidth("14rem").setFlexGrow(1);
            anyLong |= !narrow;
        }
        if (anyLong && n > 0) status.setText(status.getText() + ". Click a row to see its values whole.");
        grid.setItems(result.rows());
        results.setVisible(true);
        boolean drawable = !result.graph().isEmpty();
        results.getTabAt(1).setEnabled(drawable);
        showPngButton();
        if (drawable) {
            drawGraph(result.graph());
        } else {
            results.setSelectedIndex(0);
        }
    }

    /** "Save drawing as PNG" while the drawing of a result with nodes is shown. */
    private void showPngButton() {
        png.setVisible(results.getSelectedIndex() == 1 && last != null && !last.graph().isEmpty());
    }

    private Div rowDetails(Map<String, Object> row) {
        Div details = new Div();
        details.addClassName("row-details");
        for (String column : last == null ? List.<String>of() : last.columns()) {
            Div value = new Div(new Span(column + ": "), new Span(CellText.of(row.get(column))));
            value.addClassName("row-value");
            details.add(value);
        }
        return details;
    }

    /**
     * The result's nodes sized by their relationships in the result; accounts coloured by primary role, as on
     * every other page, other nodes in greys by label. A click on a node shows its properties beside it.
     */
    private void drawGraph(CypherResult.ResultGraph g) {
        nodeInfo.setVisible(false);
        Map<String, Integer> degree = new LinkedHashMap<>();
        g.relationships().forEach(r -> {
            degree.merge(r.start(), 1, Integer::sum);
            degree.merge(r.end(), 1, Integer::sum);
        });
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Long> groups = new java.util.TreeMap<>();
        Map<String, String> colors = new java.util.HashMap<>();
        Map<String, String> titles = new java.util.HashMap<>();
        List<NetworkService.Node> nodes = g.nodes().stream().map(n -> {
            String group = group(n);
            if (!colors.containsKey(group)) {
                boolean account = group.startsWith(ACCOUNT);
                String role = group.substring(ACCOUNT.length());
                colors.put(group, account ? RoleColors.of(role)
                        : LABEL_GREYS.get(colors.keySet().stream().filter(k -> !k.startsWith(ACCOUNT)).toList().size()
                                % LABEL_GREYS.size()));
                titles.put(group, account ? "Account: " + Role.word(role) : group);
            }
            groups.merge(group, 1L, Long::sum);
            labels.put(n.id(), n.caption());
            return new NetworkService.Node(n.id(), null, group, degree.getOrDefault(n.id(), 0));
        }).toList();
        List<NetworkService.Edge> edges = g.relationships().stream()
                .map(r -> new NetworkService.Edge(r.start(), r.end(), 1)).toList();
        var network = new NetworkService.Network(nodes, edges, groups.entrySet().stream()
                .map(e -> new NetworkService.Group(e.getKey(), e.getValue())).toList());
        graph.setGroupTitles(titles);
        graph.showLabelled(network, colors, labels);
    }

    private static final String ACCOUNT = "Account:";
    /** Dark to light, so that they are not read as roles and stay apart from the pale grey of an unknown role. */
    private static final List<String> LABEL_GREYS = List.of("#3E4A59", "#7B8794", "#A8B0B9");

    private static String group(CypherResult.GraphNode n) {
        if (n.labels().contains("Account")) {
            Object role = n.properties().get("primaryRole");
            return ACCOUNT + (role instanceof String r && !r.isBlank() ? r : "unknown");
        }
        return n.labels().isEmpty() ? "(no label)" : n.labels().getFirst();
    }

    /** Ends the text with one full stop, to add another sentence after it. */
    private static String sentence(String text) {
        return text.replaceAll("[.\\s]+$", "") + ".";
    }

    private DownloadResponse csv() {
        if (last == null) return DownloadResponse.error(404, "Run a query first");
        StringWriter out = new StringWriter();
        ResultCsv.write(last, out);
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        // a cut-off result says so in its name: the file alone must not pass for the whole answer
        String name = last.truncated() ? "convene-query-first-" + last.maxRows() + "-rows.csv" : "convene-query.csv";
        return new DownloadResponse(new ByteArrayInputStream(bytes), name, "text/csv", bytes.length);
    }

    /** Leaving the page stops its query, which would otherwise run on to the time limit for no one. */
    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        String id = runId;
        if (id != null && cancel.isVisible()) runner.cancel(id);
        super.onDetach(event);
    }

    private void fail(String message) {
        status.setText("");
        results.setVisible(false); // an old result under a new error would read as this query's
        png.setVisible(false);
        download.setEnabled(false);
        error.setText(message);
        error.setVisible(true);
    }

    /** What went wrong in words: the rules' refusal, the database's own message, never a stack trace. */
    static String explain(Throwable e) {
        if (e instanceof CypherRefusedException) return e.getMessage();
        if (e instanceof Neo4jException n) {
            String message = n.getMessage() == null ? n.code() : n.getMessage();
            if (n.code() != null && n.code().contains("ParameterMissing")) {
                return message + " Give it in Parameters, e.g. {\"tag\": \"celiac\"}.";
            }
            return message;
        }
        return "The query could not run: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + ". Is the database running? See the server log for details.";
    }

    /** A disabled anchor says so to assistive technology too (it is then not held to text contrast). */
    private void downloadable(boolean enabled) {
        download.setEnabled(enabled);
        download.getElement().setAttribute("aria-disabled", Boolean.toString(!enabled));
    }
}
