package org.convene.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MappingPanelTest {

    @Test
    void aTimeAsWrittenSuggestsItsFormat() {
        assertThat(MappingPanel.guessFormat("25/11/2026 20:05")).isEqualTo("dd/MM/yyyy HH:mm");
        assertThat(MappingPanel.guessFormat("5/3/2015 20:05:09")).isEqualTo("dd/MM/yyyy HH:mm:ss");
        assertThat(MappingPanel.guessFormat("2026-11-25T20:05:00Z")).isEqualTo("iso");
        assertThat(MappingPanel.guessFormat("2026-11-25 20:05")).isEqualTo("iso");
        assertThat(MappingPanel.guessFormat("Tue Oct 13 11:30:00 +0000 2026")).isEqualTo("EEE MMM dd HH:mm:ss Z yyyy");
        assertThat(MappingPanel.guessFormat("1764101100")).isEqualTo("epoch-seconds");
        assertThat(MappingPanel.guessFormat("last Thursday")).isNull();
    }
}
