package org.convene.ui.roles;

import org.convene.graph.AccountLookup;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.convene.roles.Role;
import org.convene.roles.RoleReview;
import org.convene.roles.RoleReview.Item;
import org.convene.roles.RoleReview.Scope;
import org.convene.roles.RoleReview.Sort;
import org.convene.ui.Access;
import org.convene.ui.Background;
import org.convene.ui.components.NarrowWindow;

/**
 * Accounts whose roles the rules are unsure of, a page at a time from the database, sortable, with a
 * filter; analysts select rows, pick roles and store them as corrections after a confirmation. "Show" widens
 * the list to every account (to correct one the rules were sure of) or to the corrections people made.
 */
class ReviewQueue extends VerticalLayout {

    /** Narrower than this, the grid keeps handle, roles and confidence; a row's details show the rest. */
    private static final int NARROW_BELOW = 760;

    private final RoleReview review;
    private final Runnable filterChanged;
    private final Select<Scope> scope = new Select<>();
    private final TextField filter = new TextField("Find in handle, name or bio");
    private final Span count = new Span();
    private final Grid<Item> grid = new Grid<>();
    private final ComboBox<Role> primary = new ComboBox<>("Primary role");
    private final MultiSelectComboBox<Role> also = new MultiSelectComboBox<>("Other roles (optional)");
    private final Button apply = new Button("Correct selected…");
    private final Div result = new Div();

    ReviewQueue(RoleReview review, Runnable filterChanged) {
        this.review = review;
        this.filterChanged = filterChanged;
        setSizeFull();
        setPadding(false);
        addClassName("review-queue");

        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("22rem");
        filter.setMaxWidth("100%");
        filter.addClassName("queue-filter");
        filter.addValueChangeListener(e -> {
            refresh();
            if (e.isFromClient()) filterChanged.run();
        });
        scope.setLabel("Show");
        scope.setWidth("15rem");
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(ReviewQueue::describe);
        scope.setValue(Scope.REVIEW);
        scope.addClassName("queue-scope");
        scope.addValueChangeListener(e -> {
            refresh();
            if (e.isFromClient()) filterChanged.run();
        });
        count.addClassName("queue-count");
        count.getElement().setAttribute("role", "status");
        HorizontalLayout top = new HorizontalLayout(scope, filter, count);
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph about = new Paragraph(String.format(Locale.UK, "To review: accounts with no role the rules are "
                + "sure of (unknown, or a primary role under %.0f%% confidence). Confidence is that of the best role the "
                + "rules found (for unknown accounts, their weak cue). A corrected account leaves the queue; find it "
                + "again under Show: corrected by a person, or any account under Show: all accounts.",
                RoleReview.LOW_CONFIDENCE * 100));
        about.addClassName("hint");

        grid.addClassName("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Access.has("ANALYST") ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.addColumn(i -> AccountLookup.name(i.platform(), i.id(), i.handle())).setHeader("Handle")
                .setSortProperty("handle").setAutoWidth(true).setFlexGrow(0).setKey("handle");
        grid.addColumn(i -> i.bio() == null ? "" : i.bio()).setHeader("Bio").setFlexGrow(3).setKey("bio")
                .setTooltipGenerator(i -> i.bio() == null ? "" : i.bio());
        grid.addColumn(i -> String.join(", ", i.roles())).setHeader("Roles").setSortProperty("role")
                .setAutoWidth(true).setFlexGrow(0).setKey("role");
        grid.addColumn(i -> String.format(Locale.UK, "%.2f", i.confidence())).setHeader("Confidence")
                .setSortProperty("confidence").setAutoWidth(true).setFlexGrow(0).setKey("confidence");
        grid.addColumn(i -> String.join(", ", i.evidence())).setHeader("Evidence").setFlexGrow(2).setKey("evidence")
                .setTooltipGenerator(i -> String.join(", ", i.evidence()));
        grid.addColumn(i -> i.followers() == null ? "" : String.format(Locale.UK, "%,d", i.followers()))
                .setHeader("Followers").setSortProperty("followers").setAutoWidth(true).setFlexGrow(0).setKey("followers");
        wideOnly = List.of(grid.getColumnByKey("bio"), grid.getColumnByKey("evidence"), grid.getColumnByKey("followers"));
        // a click on a row shows the whole bio and evidence under it: columns cut them, and a phone has no hover
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(ReviewQueue::details));
        grid.setMultiSort(false);
        grid.setItems(query -> {
            Sort sort = Sort.CONFIDENCE;
            boolean ascending = false; // near misses first: the rules almost decided, a person can finish
            if (!query.getSortOrders().isEmpty()) {
                var order = query.getSortOrders().getFirst();
                sort = Sort.valueOf(order.getSorted().toUpperCase(Locale.ROOT));
                ascending = order.getDirection() == SortDirection.ASCENDING;
            }
            return review.page(scope.getValue(), filter.getValue(), sort, ascending, query.getOffset(), query.getLimit()).stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, review.count(scope.getValue(), filter.getValue())))
                .setIdentifierProvider(i -> i.platform() + ":" + i.id());
        grid.setEmptyStateText("No accounts here. Clear the filter, show all accounts, or import and label more accounts.");
        grid.addSelectionListener(e -> updateApply());

        add(top, about);
        if (Access.has("ANALYST")) add(correctionBar());
        addAndExpand(grid);
        updateCount();
    }

    private HorizontalLayout correctionBar() {
        List<Role> choices = Arrays.stream(Role.values()).toList();
        primary.setItems(choices);
        primary.setItemLabelGenerator(r -> r.key() + " – " + r.title());
        primary.addClassName("bulk-primary");
        primary.addValueChangeListener(e -> updateApply());
        also.setItems(choices.stream().filter(r -> r != Role.UNKNOWN).toList());
        also.setItemLabelGenerator(Role::title);
        also.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        also.addClassName("bulk-also");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClassName("bulk-apply");
        apply.addClickListener(e -> confirm());
        result.addClassName("bulk-result");
        result.getElement().setAttribute("role", "status");
        updateApply();
        HorizontalLayout bar = new HorizontalLayout(primary, also, apply, result);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("bulk-bar");
        bar.setWrap(true);
        return bar;
    }

    String filter() {
        return filter.getValue();
    }

    void setFilter(String text) {
        if (!filter.getValue().equals(text)) filter.setValue(text);
    }

    /** The scope as the URL names it: '' for the review queue, 'all' or 'corrected'. */
    String scope() {
        return scope.getValue() == Scope.REVIEW ? "" : scope.getValue().name().toLowerCase(Locale.ROOT);
    }

    void setScope(String name) {
        Scope wanted = Arrays.stream(Scope.values()).filter(v -> v.name().equalsIgnoreCase(name))
                .findFirst().orElse(Scope.REVIEW);
        if (scope.getValue() != wanted) scope.setValue(wanted);
    }

    private static String describe(Scope s) {
        return switch (s) {
            case REVIEW -> "To review";
            case CORRECTED -> "Corrected by a person";
            case ALL -> "All accounts";
        };
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        long n = review.count(scope.getValue(), filter.getValue());
        String what = switch (scope.getValue()) {
            case REVIEW -> " to review";
            case CORRECTED -> " corrected by a person";
            case ALL -> "";
        };
        count.setText(String.format(Locale.UK, "%,d %s%s", n, n == 1 ? "account" : "accounts", what));
        count.getElement().setAttribute("data-count", Long.toString(n));
    }

    private void updateApply() {
        int n = grid.getSelectedItems().size();
        apply.setText(n == 0 ? "Correct selected…" : "Correct " + n + " selected…");
        apply.setEnabled(n > 0 && primary.getValue() != null);
    }

    private List<String> chosenRoles() {
        List<String> keys = new ArrayList<>();
        keys.add(primary.getValue().key());
        also.getSelectedItems().stream().map(Role::key).filter(k -> !keys.contains(k)).forEach(keys::add);
        return keys;
    }

    private void confirm() {
        List<Item> chosen = new ArrayList<>(grid.getSelectedItems());
        List<String> keys = chosenRoles();
        if (keys.contains("unknown") && keys.size() > 1) {
            result.setText("'unknown' cannot be combined with other roles: clear the other roles or pick another primary.");
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Correct " + chosen.size() + (chosen.size() == 1 ? " account?" : " accounts?"));
        dialog.add(new Paragraph("Give " + (chosen.size() == 1 ? "@" + chosen.getFirst().handle() : chosen.size() + " accounts")
                + (keys.size() == 1 ? " the role " + Role.word(keys.getFirst()) : " the roles " + String.join(", ",
                        keys.stream().map(Role::word).toList()) + " (primary " + Role.word(keys.getFirst()) + ")")
                + ". A person's correction "
                + "is kept: labelling and re-imports will not change " + (chosen.size() == 1 ? "it" : "these accounts")
                + " again."));
        Button cancel = new Button("Cancel", e -> dialog.close());
        Button ok = new Button("Correct", e -> {
            dialog.close();
            run(chosen, keys);
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-correction");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
        ok.focus();
    }

    private void run(List<Item> chosen, List<String> keys) {
        apply.setEnabled(false);
        result.setText("Storing " + chosen.size() + " corrections…");
        String who = Access.user();
        Background.run(getUI().orElseThrow(),
                () -> review.correctAll(chosen.stream().map(Item::ref).toList(), keys, keys.getFirst(), who),
                done -> {
                    result.setText(String.format(Locale.UK, "Corrected %d %s: roles changed for %d.", done.stored(),
                            done.stored() == 1 ? "account" : "accounts", done.changed()));
                    result.getElement().setAttribute("data-stored", Integer.toString(done.stored()));
                    result.getElement().setAttribute("data-changed", Integer.toString(done.changed()));
                    refresh();
                    updateApply();
                },
                failed -> {
                    result.setText("The corrections could not be stored (" + failed.getMessage()
                            + "). Nothing was lost; try again, or check the database connection.");
                    updateApply();
                });
    }

    private static Div details(Item i) {
        Div box = new Div();
        box.addClassName("review-details");
        if (i.name() != null && !i.name().isBlank()) box.add(new Paragraph(i.name()));
        box.add(new Paragraph(i.bio() == null || i.bio().isBlank() ? "No bio in the data." : i.bio()));
        if (!i.evidence().isEmpty()) box.add(new Paragraph("Evidence: " + String.join(", ", i.evidence())));
        return box;
    }

    private List<Grid.Column<Item>> wideOnly = List.of();
    private Registration resize;

    @Override
    protected void onAttach(AttachEvent event) {
        resize = NarrowWindow.follow(event.getUI(), NARROW_BELOW, narrow -> {
            wideOnly.forEach(c -> c.setVisible(!narrow));
            grid.getColumnByKey("confidence").setHeader(narrow ? "Conf." : "Confidence");
            grid.getElement().setAttribute("data-narrow", Boolean.toString(narrow));
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) resize.remove();
    }
}
