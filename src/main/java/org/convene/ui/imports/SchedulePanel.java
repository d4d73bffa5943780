package org.convene.ui.imports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import org.convene.graph.ValueFormat;
import org.convene.ingest.ChatSchedule;
import org.convene.ingest.Chats;
import org.convene.ui.components.Message;

/**
 * A followed chat's weekly sitting (day, local time, zone, length, slack), or back to the 90-minute gap rule:
 * what {@code convene chat schedule} does. Posts outside every sitting then belong to none.
 */
class SchedulePanel extends Details {

    private final Chats chats;
    private final Select<String> chat = new Select<>();
    private final Select<DayOfWeek> day = new Select<>();
    private final TimePicker time = new TimePicker("Starts at (local time)");
    private final ComboBox<String> zone = new ComboBox<>("Time zone");
    private final IntegerField minutes = new IntegerField("Length (minutes)");
    private final IntegerField slack = new IntegerField("Slack before and after (minutes)");
    private final Paragraph current = new Paragraph();
    private final Message message = new Message("schedule-message");

    SchedulePanel(Chats chats) {
        this.chats = chats;
        setSummaryText("Weekly chat schedules");
        addClassName("schedule-panel");
        chat.setLabel("Chat");
        chat.setItemLabelGenerator(t -> "#" + t);
        chat.addValueChangeListener(e -> showCurrent());
        day.setLabel("Day");
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.UK));
        day.setValue(DayOfWeek.THURSDAY);
        time.setLocale(Locale.UK); // 20:00, as the chats' hosts write it, whatever the browser's language
        time.setValue(LocalTime.of(20, 0));
        time.setStep(Duration.ofMinutes(15));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue("Europe/London");
        minutes.setValue(60);
        minutes.setMin(1);
        slack.setValue(30);
        slack.setMin(0);
        slack.setHelperText("Early and late posts still count");
        current.addClassName("hint");
        Button save = new Button("Set the schedule", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-schedule");
        Button none = new Button("Back to the gap rule", e -> apply(null));
        none.addClassName("remove-schedule");
        FormLayout form = new FormLayout(chat, day, time, zone, minutes, slack);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 3));
        add(new Div(new Paragraph("By default a chat's posts are grouped into sittings by a 90-minute gap. A weekly "
                + "chat (#wenurses, Thursdays 8pm UK time) is grouped by its sittings instead, in its zone, so summer "
                + "time is right; a post outside every sitting (a Tuesday tweet on the hashtag) belongs to none, and "
                + "Invite does not count its author as taking part."), form, current, save, none, message));
        refresh();
    }

    void refresh() {
        var all = chats.list();
        String was = chat.getValue();
        chat.setItems(all.stream().map(Chats.Chat::tag).toList());
        if (!all.isEmpty()) chat.setValue(was != null && all.stream().anyMatch(c -> c.tag().equals(was)) ? was : all.getFirst().tag());
        setVisible(!all.isEmpty());
        showCurrent();
    }

    private void showCurrent() {
        chats.list().stream().filter(c -> c.tag().equals(chat.getValue())).findFirst().ifPresent(c -> current.setText(
                "#" + c.tag() + " now: " + (c.schedule() == null ? "the 90-minute gap rule" : "weekly " + c.schedule().describe())
                + ", " + ValueFormat.count(c.sessions(), "sitting") + ", " + ValueFormat.count(c.posts(), "post")
                + (c.offSchedulePosts() == null ? "" : ", " + ValueFormat.count(c.offSchedulePosts(), "post") + " outside every sitting")));
    }

    private void save() {
        if (day.isEmpty() || time.isEmpty() || zone.isEmpty() || minutes.isEmpty()) {
            message.problem("Give the day, the start time, the time zone and the length.");
            return;
        }
        try {
            apply(new ChatSchedule(day.getValue(), time.getValue(), ZoneId.of(zone.getValue()),
                    Duration.ofMinutes(minutes.getValue()), Duration.ofMinutes(slack.isEmpty() ? 0 : slack.getValue())));
        } catch (RuntimeException e) {
            message.problem(e.getMessage());
        }
    }

    private void apply(ChatSchedule schedule) {
        if (chat.isEmpty()) return;
        try {
            int sittings = chats.schedule(chat.getValue(), schedule);
            message.done("#" + chat.getValue() + ": " + (schedule == null ? "the 90-minute gap rule" : "weekly " + schedule.describe())
                    + "; regrouped into " + ValueFormat.count(sittings, "sitting") + ".");
            refresh();
        } catch (IllegalArgumentException e) {
            message.problem(e.getMessage());
        }
    }
}
