package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvHeaderTest {

    @Test
    void aHostsExportIsReadAndItsColumnsGuessed() throws Exception {
        CsvHeader h = CsvHeader.of("\uFEFFTweet ID,Date,Username,Display name,Bio,Followers,Tweet,Location\r\n"
                + "1861000000348712782,13/10/2026 12:30,@WeNursesJo,Jo Hughes,\"Nurse, host\",\"4,812\",This Thursday,Manchester\r\n");
        assertThat(h.delimiter()).isEqualTo(",");
        assertThat(h.columns()).containsExactly("Tweet ID", "Date", "Username", "Display name", "Bio", "Followers", "Tweet", "Location");
        assertThat(h.firstRow()).containsEntry("Date", "13/10/2026 12:30").containsEntry("Bio", "Nurse, host");
        assertThat(h.guesses()).containsEntry("id", "Tweet ID").containsEntry("time", "Date")
                .containsEntry("authorHandle", "Username").containsEntry("authorName", "Display name")
                .containsEntry("bio", "Bio").containsEntry("followers", "Followers").containsEntry("text", "Tweet")
                .containsEntry("location", "Location");
    }

    @Test
    void theDelimiterIsTheOneThatSplitsTheHeaderMost() throws Exception {
        CsvHeader h = CsvHeader.of("Tweet ID;User;Message;Posted (UK)\n1;alice;Hello, all;25/11/2026 20:05\n");
        assertThat(h.delimiter()).isEqualTo(";");
        assertThat(h.guesses()).containsEntry("authorHandle", "User").containsEntry("text", "Message")
                .containsEntry("time", "Posted (UK)").containsEntry("id", "Tweet ID");
        assertThat(CsvHeader.of("a\tb\tc\n").delimiter()).isEqualTo("tab");
        assertThatThrownBy(() -> CsvHeader.of("just some words\n")).hasMessageContaining("no CSV header");
    }
}
