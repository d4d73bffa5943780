package org.convene.ui.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import org.convene.security.UserService;

/**
 * A signed-in user changes their own password: the current one, then the new one twice. Each problem is
 * marked on the field it is about; on success the user's other sessions are signed out, this one stays.
 */
public class ChangePasswordDialog extends Dialog {

    private final PasswordField current = field("Current password", "current-password");
    private final PasswordField next = field("New password", "new-own-password");
    private final PasswordField repeat = field("New password again", "repeat-own-password");

    public ChangePasswordDialog(UserService users, String username) {
        addClassName("change-password-dialog");
        setHeaderTitle("Change your password");
        next.setHelperText("At least 10 characters");
        Paragraph note = new Paragraph("Other browsers where you are signed in as " + username
                + " will be signed out; this one stays.");
        note.addClassName("change-password-note");
        Button save = new Button("Change password", e -> save(users, username));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-own-password");
        add(current, next, repeat, note);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(26rem, 95vw)");
    }

    @Override
    public void open() {
        super.open();
        current.focus();
    }

    private void save(UserService users, String username) {
        for (PasswordField f : new PasswordField[] {current, next, repeat}) f.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            mark(repeat, "Not the same as the new password above");
            return;
        }
        try {
            users.changeOwnPassword(username, current.getValue(), next.getValue(), sessionId(), address());
        } catch (UserService.WrongPassword wrong) {
            mark(current, wrong.getMessage());
            return;
        } catch (IllegalArgumentException problem) {
            mark(next, problem.getMessage());
            return;
        }
        close();
        Notification done = Notification.show("Password changed. Other browsers signed in as " + username
                + " are signed out.", 6000, Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        done.addClassName("password-changed");
    }

    private static void mark(PasswordField field, String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(true);
        field.focus();
    }

    private static String sessionId() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getId();
    }

    /** The browser's address, as the sign-in throttle counts it. */
    private static String address() {
        com.vaadin.flow.server.VaadinRequest request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private static PasswordField field(String label, String className) {
        PasswordField field = new PasswordField(label);
        field.addClassName(className);
        field.setWidthFull();
        // tells password managers which field is which
        field.setAutocomplete(className.equals("current-password") ? Autocomplete.CURRENT_PASSWORD : Autocomplete.NEW_PASSWORD);
        return field;
    }
}
