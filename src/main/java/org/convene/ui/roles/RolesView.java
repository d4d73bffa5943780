package org.convene.ui.roles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.roles.RoleEvaluator;
import org.convene.roles.RoleReview;
import org.convene.roles.RoleSample;
import org.convene.roles.RoleService;
import org.convene.suggest.SuggestService;

/**
 * Stakeholder roles for the people who look after them: the review queue of accounts the rules are unsure
 * of, with bulk corrections; the role dictionary; a box to try a bio against the rules; and a measure of the
 * rules against a sample a person labelled. The tab and the filters are in the URL
 * ({@code ?tab=queue|dictionary|try|measure&q=...&rule=...}), so links and Back work.
 */
@Route("roles")
@PageTitle("Roles · Convene")
@RolesAllowed("ANALYST")
public class RolesView extends VerticalLayout implements BeforeEnterObserver {

    static final List<String> TABS = List.of("queue", "dictionary", "try", "measure");

    private final TabSheet tabs = new TabSheet();
    private final ReviewQueue queue;
    private final DictionaryPanel dictionary;
    private final TryBio tryBio;

    public RolesView(RoleService roles, RoleReview review, RoleEvaluator evaluator, RoleSample sampler,
                     SuggestService suggest) {
        setSizeFull();
        setPadding(true);
        addClassName("roles-view");
        queue = new ReviewQueue(review, this::updateUrl);
        dictionary = new DictionaryPanel(roles.labeller().dictionary(), this::updateUrl);
        tryBio = new TryBio(roles.labeller());
        tabs.add("Review queue", queue).getElement().setAttribute("data-tab", "queue");
        tabs.add("Dictionary", dictionary).getElement().setAttribute("data-tab", "dictionary");
        tabs.add("Try a bio", tryBio).getElement().setAttribute("data-tab", "try");
        tabs.add("Measure", new MeasurePanel(evaluator, sampler, roles, suggest::chats)).getElement().setAttribute("data-tab", "measure");
        tabs.setSizeFull();
        tabs.addSelectedChangeListener(e -> {
            if (e.isFromClient()) UI.getCurrent().navigate("roles", parameters());
        });
        H1 title = new H1("Roles");
        title.addClassName("view-title");
        add(title);
        addAndExpand(tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        int tab = Math.max(0, TABS.indexOf(params.getSingleParameter("tab").orElse("queue")));
        if (tabs.getSelectedIndex() != tab) tabs.setSelectedIndex(tab);
        queue.setFilter(params.getSingleParameter("q").orElse(""));
        queue.setScope(params.getSingleParameter("show").orElse(""));
        dictionary.setFilter(params.getSingleParameter("rule").orElse(""));
    }

    private QueryParameters parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("tab", TABS.get(Math.max(0, tabs.getSelectedIndex())));
        if (!queue.filter().isBlank()) params.put("q", queue.filter());
        if (!queue.scope().isBlank()) params.put("show", queue.scope());
        if (!dictionary.filter().isBlank()) params.put("rule", dictionary.filter());
        return QueryParameters.simple(params);
    }

    /** Typing in a filter replaces the URL rather than adding a history entry per keystroke. */
    private void updateUrl() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("roles", parameters())));
    }
}
