package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Sittings placed in the chat's zone: 20:00 in London is 20:00 UTC in winter and 19:00 UTC in summer. */
class ChatScheduleTest {

    private final ChatSchedule wenurses = ChatSchedule.parse("THU", "20:00", "Europe/London", "60m", "30m");

    private String sitting(String instant) {
        var start = wenurses.sittingOf(Instant.parse(instant));
        return start == null ? null : start.toInstant().toString();
    }

    @Test
    void sittingsFollowLocalTimeAcrossBothDaylightSavingChanges() {
        // UK clocks went forward on Sunday 29 March 2015 and back on Sunday 25 October 2015
        assertThat(sitting("2015-03-26T20:10:00Z")).isEqualTo("2015-03-26T20:00:00Z"); // GMT
        assertThat(sitting("2015-04-02T19:10:00Z")).isEqualTo("2015-04-02T19:00:00Z"); // BST
        assertThat(sitting("2015-04-02T18:40:00Z")).isEqualTo("2015-04-02T19:00:00Z"); // 19:40 BST, in the slack
        assertThat(sitting("2015-04-02T20:35:00Z")).isNull();                           // 21:35 BST, after end + slack
        assertThat(sitting("2015-10-22T19:05:00Z")).isEqualTo("2015-10-22T19:00:00Z"); // BST
        assertThat(sitting("2015-10-29T20:05:00Z")).isEqualTo("2015-10-29T20:00:00Z"); // GMT again
        assertThat(sitting("2015-10-29T19:05:00Z")).isNull();                           // 19:05 GMT, before the slack
        assertThat(sitting("2015-10-27T20:05:00Z")).isNull();                           // a Tuesday
    }

    @Test
    void slackMayCrossMidnightIntoAnotherDay() {
        var late = ChatSchedule.parse("sunday", "23:30", "Australia/Sydney", "1h", "45m");
        // Monday 00:40 Sydney (AEDT, +11) is within the Sunday 23:30 sitting
        assertThat(late.sittingOf(Instant.parse("2024-01-07T13:40:00Z"))).isNotNull()
                .satisfies(s -> assertThat(s.toLocalDate()).hasToString("2024-01-07"));
    }

    @Test
    void wordsAsTyped() {
        assertThat(wenurses.describe()).isEqualTo("THU 20:00 Europe/London 60m slack 30m");
        assertThat(ChatSchedule.parse("Tue", "12:30", "UTC", "1h30m", null).describe()).isEqualTo("TUE 12:30 UTC 90m");
        assertThatThrownBy(() -> ChatSchedule.parse("THX", "20:00", "UTC", "1h", null)).hasMessageContaining("day of the week");
        assertThatThrownBy(() -> ChatSchedule.parse("THU", "8pm", "UTC", "1h", null)).hasMessageContaining("HH:MM");
        assertThatThrownBy(() -> ChatSchedule.parse("THU", "20:00", "UK", "1h", null)).hasMessageContaining("time zone");
        assertThatThrownBy(() -> ChatSchedule.parse("THU", "20:00", "UTC", "an hour", null)).hasMessageContaining("duration");
        assertThatThrownBy(() -> ChatSchedule.parse("THU", "20:00", "UTC", "7d", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
