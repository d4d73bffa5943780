package org.convene.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.convene.network.NetworkService.ClusterChoice;
import org.convene.network.Selection;
import org.junit.jupiter.api.Test;

/** A drawing that says little (capped at the hubs, or mostly grey) offers links that make it say more. */
class NarrowHintsTest {

    private static final List<ClusterChoice> CLUSTERS = List.of(new ClusterChoice(7, "@huge, #higgs", 20_000),
            new ClusterChoice(3, "@cern, #physics", 4_200), new ClusterChoice(9, "", 900),
            new ClusterChoice(4, "@nhs, #wenurses", 120), new ClusterChoice(5, "@one", 30));

    private final NarrowHints hints = new NarrowHints();

    private static Selection drawn(int accounts, int unknown, int selected) {
        List<Selection.Account> list = new ArrayList<>();
        IntStream.range(0, accounts).forEach(i -> list.add(new Selection.Account("twitter:" + i, null,
                i < unknown ? "unknown" : "nurse", 1L, "c", 1.0 / (i + 1))));
        return new Selection(list, List.of(), selected);
    }

    /** The links' targets, their parameters in name order (the order in a URL means nothing). */
    private List<String> links() {
        return hints.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref())
                .map(h -> h.substring(0, h.indexOf('?') + 1)
                        + String.join("&", java.util.Arrays.stream(h.substring(h.indexOf('?') + 1).split("&")).sorted().toList()))
                .toList();
    }

    @Test
    void aCappedDrawingOffersTheLargestClustersThatFitWhole() {
        hints.show(drawn(5_000, 0, 116_389), true, Map.of("chat", List.of("higgs"), "focus", List.of("cern")),
                CLUSTERS, 5_000);
        assertThat(hints.isVisible()).isTrue();
        // the 20,000 cluster would be capped too; the focus is not carried into another drawing
        assertThat(links()).containsExactly("network?chat=higgs&cluster=3", "network?chat=higgs&cluster=9",
                "network?chat=higgs&cluster=4");
        assertThat(hints.getElement().getTextRecursively())
                .contains("@cern, #physics (4,200 accounts)", "cluster 9 (900 accounts)", " or @nhs, #wenurses (120 accounts)");
    }

    @Test
    void nothingIsOfferedWhenTheDrawingIsWholeOrAlreadyOneCluster() {
        hints.show(drawn(300, 10, 300), true, Map.of(), CLUSTERS, 5_000);
        assertThat(hints.isVisible()).isFalse();
        hints.show(drawn(5_000, 0, 6_000), true, Map.of("cluster", List.of("7")), CLUSTERS, 5_000);
        assertThat(hints.isVisible()).isFalse();
    }

    @Test
    void aMostlyGreyDrawingOffersColourByCluster() {
        hints.show(drawn(1000, 999, 1000), true, Map.of("role", List.of("nurse")), CLUSTERS, 5_000);
        assertThat(links()).containsExactly("network?colour=cluster&role=nurse");
        assertThat(hints.getElement().getTextRecursively()).as("99.9% is not all")
                .startsWith("99% of the accounts drawn have no known role");
        hints.show(drawn(100, 95, 100), false, Map.of("colour", List.of("cluster")), CLUSTERS, 5_000);
        assertThat(hints.isVisible()).as("already by cluster").isFalse();
        hints.show(drawn(100, 62, 100), true, Map.of(), CLUSTERS, 5_000);
        assertThat(hints.isVisible()).as("the demo's share: role colours still say much").isFalse();
    }
}
