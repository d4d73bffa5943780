package org.convene.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Work that must not hold the UI thread (an import, a long query): it runs on a virtual thread, and the
 * page polls for its result twice a second while any such work is under way, so no push channel is needed.
 */
public final class Background {

    private static final ExecutorService THREADS = Executors.newVirtualThreadPerTaskExecutor();
    private static final int POLL_MS = 500;

    private Background() {}

    /**
     * Runs {@code work} off the UI thread and hands its outcome to {@code done} or {@code failed}, both
     * called inside {@link UI#access}, so they may change components.
     */
    public static <T> void run(UI ui, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        changeRunning(ui, +1);
        THREADS.submit(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                show(ui, () -> {
                    changeRunning(ui, -1);
                    failed.accept(e);
                });
                return;
            }
            show(ui, () -> {
                changeRunning(ui, -1);
                done.accept(result);
            });
        });
    }

    /**
     * Shows news from background work on the page, if the page is still open. {@link UI#access} throws once the
     * user has left it; thrown inside an import's progress report, that would stop the import halfway.
     */
    public static void show(UI ui, com.vaadin.flow.server.Command update) {
        try {
            ui.access(update);
        } catch (com.vaadin.flow.component.UIDetachedException gone) {
            // the user left the page: the work goes on, with nobody to tell
        }
    }

    /** Whether the page that started some work has been left (closed, reloaded, or the session ended). */
    public static boolean left(UI ui) {
        return ui.isClosing() || ui.getSession() == null;
    }

    /** Called inside the UI's lock: start polling with the first piece of work, stop with the last. */
    private static void changeRunning(UI ui, int delta) {
        Integer running = ComponentUtil.getData(ui, Running.class) == null ? 0
                : ComponentUtil.getData(ui, Running.class).count;
        int now = Math.max(0, running + delta);
        ComponentUtil.setData(ui, Running.class, new Running(now));
        ui.setPollInterval(now > 0 ? POLL_MS : -1);
    }

    private record Running(int count) {}
}
