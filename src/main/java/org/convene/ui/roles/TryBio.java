package org.convene.ui.roles;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import org.convene.roles.Role;
import org.convene.roles.RoleLabel;
import org.convene.roles.RoleLabeller;
import org.convene.roles.RoleLabeller.RuleHit;

/** Type a bio and see, as you type, the roles the rules give it and every rule that matched. */
class TryBio extends VerticalLayout {

    private final RoleLabeller labeller;
    private final TextField handle = new TextField("Handle");
    private final TextField name = new TextField("Display name");
    private final TextArea bio = new TextArea("Bio");
    private final Div roles = new Div();
    private final Grid<RuleHit> hits = new Grid<>();

    TryBio(RoleLabeller labeller) {
        this.labeller = labeller;
        setSizeFull();
        setPadding(false);
        addClassName("try-bio");
        bio.setWidthFull();
        bio.setPlaceholder("e.g. Retired GP, now a carer for my mum. Former RN. Views my own.");
        bio.addClassName("try-bio-text");
        for (var field : java.util.List.of(handle, name)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> explain());
        }
        bio.setValueChangeMode(ValueChangeMode.LAZY);
        bio.addValueChangeListener(e -> explain());
        roles.addClassName("try-roles");
        roles.getElement().setAttribute("role", "status");

        hits.addClassName("try-hits");
        hits.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        hits.addColumn(h -> h.rule().role()).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        hits.addColumn(h -> h.rule().kind()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        hits.addColumn(h -> h.rule().pattern()).setHeader("Rule").setFlexGrow(2);
        hits.addColumn(RuleHit::matched).setHeader("Matched").setFlexGrow(1);
        hits.addColumn(h -> h.rule().weight() > 0 ? String.format(Locale.UK, "%.2f", h.rule().weight()) : "–")
                .setHeader("Weight").setAutoWidth(true).setFlexGrow(0);
        hits.addColumn(h -> h.cancelled() ? "cancelled by a negation" : h.rule().kind().equals("trap") ? "blanked out" : "counts")
                .setHeader("Effect").setAutoWidth(true).setFlexGrow(0);
        hits.addColumn(h -> h.rule().line()).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        hits.setEmptyStateText("No rule matches yet. Type a bio above.");

        Paragraph about = new Paragraph("Nothing is stored: this runs the rules on the text you type, as labelling "
                + "does for every account.");
        about.addClassName("hint");
        HorizontalLayout who = new HorizontalLayout(handle, name);
        add(about, who, bio, roles);
        addAndExpand(hits);
        explain();
    }

    private void explain() {
        roles.removeAll();
        roles.add(new Span("Roles: "));
        if (handle.getValue().isBlank() && name.getValue().isBlank() && bio.getValue().isBlank()) {
            roles.add(new Span("none yet: type a bio, a name or a handle"));
            hits.setItems(List.of());
            return;
        }
        var explained = labeller.explain(handle.getValue(), name.getValue(), bio.getValue());
        // the primary role first, then the others from the surest down
        List<RoleLabel> labels = explained.labels().stream().sorted(java.util.Comparator
                .comparing((RoleLabel l) -> !l.primary()).thenComparing(l -> -l.confidence())).toList();
        for (RoleLabel l : labels) {
            Span badge = new Span(String.format(Locale.UK, "%s %.2f", Role.word(l.key()), l.confidence()));
            badge.getElement().getThemeList().add(l.primary() ? "badge primary" : "badge");
            badge.getElement().setAttribute("data-role", l.key());
            badge.getElement().setAttribute("title", l.evidence().isEmpty() ? "no evidence" : String.join(", ", l.evidence()));
            roles.add(badge);
        }
        hits.setItems(explained.hits());
    }
}
