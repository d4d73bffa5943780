package org.convene.ui.components;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Confirmation of what cannot be undone. */
public final class Confirm {

    private Confirm() {}

    /**
     * Opens the dialog with the keyboard focus on Cancel instead of on the confirming button, so that a stray
     * Enter does not erase, remove or write. Call instead of {@code open()}.
     */
    public static void openCancelFocused(ConfirmDialog dialog) {
        dialog.open();
        // runs after the opening is applied in the browser, and after the dialog has focused its confirm button
        dialog.getElement().executeJs("""
                const dialog = this;
                const focusCancel = () => setTimeout(() => {
                  const cancel = dialog.querySelector('[slot="cancel-button"]');
                  if (cancel) cancel.focus();
                }, 100);
                if (dialog.opened) focusCancel();
                else dialog.addEventListener('opened-changed', (e) => { if (e.detail.value) focusCancel(); }, { once: true });""");
    }
}
