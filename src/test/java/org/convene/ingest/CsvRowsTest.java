package org.convene.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void countsAreReadAsSpreadsheetsAndScrapersWriteThem() {
        assertThat(CsvRows.number("4812")).isEqualTo(4812L);
        assertThat(CsvRows.number(" 4,812 ")).isEqualTo(4812L); // Excel's thousands separator
        assertThat(CsvRows.number("1 204 331")).isEqualTo(1_204_331L);
        assertThat(CsvRows.number("4812.0")).isEqualTo(4812L);
        assertThat(CsvRows.number("4.8K")).isEqualTo(4800L);
        assertThat(CsvRows.number("1.2m")).isEqualTo(1_200_000L);
        assertThat(CsvRows.number("4.812")).isNull(); // a thousands mark or a fraction: not guessed
        assertThat(CsvRows.number("many")).isNull();
        assertThat(CsvRows.number("")).isNull();
        assertThat(CsvRows.number(null)).isNull();
    }
}
