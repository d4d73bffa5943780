package org.convene.ui.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.convene.graph.EmbeddedNeo4j;
import org.convene.security.AccessRole;
import org.convene.security.UserService;
import org.convene.ui.components.Message;
import org.convene.ui.components.Confirm;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Administrators manage who may sign in: add a user with a role, change roles, reset passwords, remove
 * users. Below, how to reach the embedded database with other tools over Bolt (loopback only).
 */
@Route("users")
@PageTitle("Users · Convene")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final UserService users;
    private final Grid<UserService.User> grid = new Grid<>();
    private final Message message = new Message("users-message");

    public UsersView(UserService users, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.users = users;
        addClassName("users-view");
        setSizeFull();
        setPadding(true);

        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("users-grid");
        grid.addColumn(UserService.User::username).setHeader("User name").setAutoWidth(true);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setAutoWidth(true);
        // the actions before the date: on a phone the last column is the one that scrolls out of view
        grid.addComponentColumn(this::actions).setHeader("Actions").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(u -> u.createdAt() == null ? "" : u.createdAt().substring(0, Math.min(16, u.createdAt().length())).replace('T', ' '))
                .setHeader("Added (UTC)").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setMaxHeight("22rem");

        add(new H2("Users"), addForm(), message, grid, bolt(embedded.getIfAvailable()));
        refresh();
    }

    /** Admins now: the last one's Remove is disabled. */
    private long admins;

    private HorizontalLayout addForm() {
        TextField name = new TextField("User name");
        name.addClassName("new-username");
        name.setHelperText("Letters, digits, . _ @ -");
        Select<AccessRole> role = new Select<>();
        role.setLabel("Role");
        role.addClassName("new-role");
        role.setItems(AccessRole.values());
        role.setItemLabelGenerator(AccessRole::label);
        role.setValue(AccessRole.VIEWER);
        role.setHelperText("Viewer: the views and invitation marks. Analyst: also Roles, Cypher and graph exports. "
                + "Admin: also import, privacy and users.");
        role.setWidth("min(16rem, 100%)");
        PasswordField password = new PasswordField("Password");
        password.addClassName("new-password");
        password.setHelperText("At least 10 characters");
        Button add = new Button("Add user", e -> {
            try {
                var user = users.add(name.getValue(), password.getValue(), role.getValue());
                message.done("Added " + user.username() + " as " + user.role().label().toLowerCase() + ".");
                name.clear();
                password.clear();
                refresh();
            } catch (IllegalArgumentException problem) {
                message.problem(problem.getMessage());
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-user");
        HorizontalLayout form = new HorizontalLayout(name, role, password, add);
        form.setWrap(true);
        form.setWidthFull(); // a wrapping row sized to its content wraps too soon
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("add-user-form");
        return form;
    }

    private Select<AccessRole> roleSelect(UserService.User user) {
        Select<AccessRole> select = new Select<>();
        select.setItems(AccessRole.values());
        select.setItemLabelGenerator(AccessRole::label);
        select.setValue(user.role());
        select.setAriaLabel("Role of " + user.username());
        select.setWidth("8.5rem");
        select.addClassName("user-role");
        if (onlyAdmin(user)) { // the service refuses a demotion too; say so before it is tried
            select.setReadOnly(true);
            select.setTooltipText("The only admin stays admin: make another user admin first");
        }
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) return;
            try {
                users.setRole(user.username(), e.getValue());
                message.done(user.username() + " is now " + e.getValue().label().toLowerCase()
                        + ". If they were signed in, they are signed out, and sign in again with the new role.");
            } catch (IllegalArgumentException problem) {
                message.problem(problem.getMessage());
            }
            refresh();
        });
        return select;
    }

    private HorizontalLayout actions(UserService.User user) {
        Button reset = new Button("Reset password", e -> resetPassword(user));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.addClassName("reset-password");
        Button remove = new Button("Remove", e -> confirmRemove(user));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("remove-user");
        remove.getElement().setAttribute("aria-label", "Remove " + user.username());
        if (onlyAdmin(user)) { // the service refuses it too; say so before asking
            remove.setEnabled(false);
            remove.setTooltipText("The only admin cannot be removed: make another user admin first");
        }
        reset.getElement().setAttribute("aria-label", "Reset the password of " + user.username());
        HorizontalLayout both = new HorizontalLayout(reset, remove);
        both.setWrap(true); // under each other when the column is narrow
        both.setSpacing(false);
        return both;
    }

    private boolean onlyAdmin(UserService.User user) {
        return user.role() == AccessRole.ADMIN && admins <= 1;
    }

    private void resetPassword(UserService.User user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New password for " + user.username());
        PasswordField password = new PasswordField("New password");
        password.setHelperText("At least 10 characters; leave empty to generate one");
        password.setWidthFull();
        password.addClassName("reset-password-field");
        Button save = new Button("Set password", e -> {
            String chosen = password.getValue().isEmpty() ? UserService.generatePassword() : password.getValue();
            try {
                users.setPassword(user.username(), chosen);
                dialog.close();
                message.done(password.getValue().isEmpty()
                        ? "New password for " + user.username() + ": " + chosen + " (shown once: pass it on safely; they can change it with Password at the top right)"
                        : "Password of " + user.username() + " changed.");
            } catch (IllegalArgumentException problem) {
                password.setInvalid(true);
                password.setErrorMessage(problem.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-password");
        dialog.add(password);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        password.focus();
    }

    private void confirmRemove(UserService.User user) {
        ConfirmDialog confirm = new ConfirmDialog("Remove " + user.username() + "?",
                user.username() + " will no longer be able to sign in, and is signed out now if signed in. Their work "
                        + "in the graph stays.",
                "Remove", e -> {
                    try {
                        users.remove(user.username());
                        message.done("Removed " + user.username() + ".");
                    } catch (IllegalArgumentException problem) {
                        message.problem(problem.getMessage());
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        Confirm.openCancelFocused(confirm);
    }

    /** Connection details for Neo4j Browser, cypher-shell or a notebook on this machine. */
    private VerticalLayout bolt(EmbeddedNeo4j db) {
        VerticalLayout box = new VerticalLayout(new H3("Connect with Bolt"));
        box.addClassName("bolt-details");
        box.setSpacing(false);
        if (db == null) {
            box.add(new Paragraph("Convene is using an external Neo4j server (convene.neo4j.uri): connect to it "
                    + "with that server's own accounts."));
            return box;
        }
        if (!db.boltOffered()) {
            box.add(new Paragraph("Bolt is not offered to other tools on this server (it was started with "
                    + "--no-bolt, or convene.bolt.enabled=false). Researchers can use the Cypher page."));
            return box;
        }
        Span uri = new Span(db.boltUri().toString());
        uri.addClassName("bolt-uri");
        Span password = new Span("••••••••");
        password.addClassName("bolt-password");
        Button show = new Button("Show password");
        show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        show.addClassName("show-bolt-password");
        show.addClickListener(e -> {
            password.setText(db.password());
            show.setVisible(false);
        });
        box.add(new Paragraph("Neo4j Browser, cypher-shell and notebooks on this machine can use the graph "
                        + "directly. Bolt listens on this computer only (loopback), never on the network, and "
                        + "always asks for this password, which is kept in " + db.dataDir().resolve("bolt-password") + "."),
                line("Address", uri), line("User", new Span(db.user())), line("Password", password, show),
                new Paragraph("Anyone with this password can change or delete the whole graph: share it only with "
                        + "people who would be admins here."));
        return box;
    }

    private static HorizontalLayout line(String label, com.vaadin.flow.component.Component... value) {
        Span name = new Span(label + ":");
        name.setWidth("6rem");
        HorizontalLayout row = new HorizontalLayout(name);
        row.add(value);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void refresh() {
        var all = users.list();
        admins = all.stream().filter(u -> u.role() == AccessRole.ADMIN).count();
        grid.setItems(all);
    }

}
