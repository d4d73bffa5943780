package org.convene.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SuggestionCsvTest {

    @Test
    void oneRowPerSuggestionWithItsReasonsAndIntroducersAndNoFormulas() throws Exception {
        var s = new Suggestion(1, "twitter", "42", "jane_ceo", "=HYPERLINK(\"http://x\")",
                "-CEO, views my own", "https://x.com/jane_ceo", "executive", 0.5714,
                Map.of("closeness", 0.9), List.of("executive", "mentioned by 3 #fx regulars, \"often\"",
                "2 mutual contacts: @a, @b (who could introduce)"), List.of("@a", "@b"), "invited", false);
        var handleOnly = new Suggestion(2, "twitter", "@bob", "bob", null, null, null, "unknown", 0.2,
                Map.of(), List.of(), List.of(), null, true);
        StringWriter out = new StringWriter();
        SuggestionCsv.write(List.of(s, handleOnly), out);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new java.io.StringReader(out.toString()))
                .getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("id")).isEmpty(); // known by handle only: no "'@bob" in the sheet
        assertThat(rows.get(1).get("handle")).isEqualTo("bob");
        assertThat(rows.get(1).get("stopped")).isEqualTo("true");
        CSVRecord first = rows.getFirst();
        assertThat(List.of(first)).singleElement().satisfies(r -> {
            assertThat(r.get("rank")).isEqualTo("1");
            assertThat(r.get("id")).isEqualTo("42");
            assertThat(r.get("handle")).isEqualTo("jane_ceo");
            assertThat(r.get("name")).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(r.get("bio")).isEqualTo("'-CEO, views my own");
            assertThat(r.get("profile")).isEqualTo("https://x.com/jane_ceo");
            assertThat(r.get("score")).isEqualTo("0.571");
            assertThat(r.get("status")).isEqualTo("invited");
            assertThat(r.get("reasons")).isEqualTo("executive; mentioned by 3 #fx regulars, \"often\"; "
                    + "2 mutual contacts: @a, @b (who could introduce)");
            assertThat(r.get("could introduce")).isEqualTo("a, b");
        });
    }
}
