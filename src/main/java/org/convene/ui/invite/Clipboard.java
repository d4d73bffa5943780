package org.convene.ui.invite;

import com.vaadin.flow.component.button.Button;
import java.util.function.IntConsumer;

/**
 * Copies the text in a button's {@code handles} property to the clipboard when it is clicked. The copy runs in
 * the browser within the click (browsers allow clipboard writes only then), and reports back whether it worked.
 */
final class Clipboard {

    private Clipboard() {}

    static void onCopy(Button button, IntConsumer copied, Runnable refused) {
        button.getElement().executeJs("""
                const button = this;
                button.addEventListener('click', async () => {
                  const text = button.handles || '';
                  const lines = text ? text.split('\\n').length : 0;
                  try {
                    await navigator.clipboard.writeText(text);
                  } catch (e) {
                    // no clipboard API or no permission (plain http, headless): the older way
                    const area = document.createElement('textarea');
                    area.value = text;
                    document.body.append(area);
                    area.select();
                    const ok = document.execCommand('copy');
                    area.remove();
                    if (!ok) { button.dispatchEvent(new CustomEvent('copy-refused')); return; }
                  }
                  button.dataset.copied = text;
                  button.dispatchEvent(new CustomEvent('copied', { detail: { lines } }));
                });""");
        button.getElement().addEventListener("copied", e -> copied.accept((int) e.getEventData().path("event.detail.lines").asInt()))
                .addEventData("event.detail.lines");
        button.getElement().addEventListener("copy-refused", e -> refused.run());
    }
}
