package org.convene.ui.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Large clusters are sparse: their density must not all read 0.00. */
class DensityTest {

    @Test
    void twoSignificantDigits() {
        assertThat(ClustersView.density(0.000171)).isEqualTo("0.00017");
        assertThat(ClustersView.density(0.0345)).isEqualTo("0.035");
        assertThat(ClustersView.density(0.5)).isEqualTo("0.5");
        assertThat(ClustersView.density(1.0)).isEqualTo("1");
        assertThat(ClustersView.density(0)).isEqualTo("0");
    }
}
