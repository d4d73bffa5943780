package org.convene.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.convene.overview.OverviewService.Influencer;
import org.junit.jupiter.api.Test;

/** A top influencer known only by its id (an edge list, a mention without a handle) once broke the Overview. */
class InfluencerItemTest {

    @Test
    void anAccountWithoutAHandleIsNamedByItsId() {
        var item = OverviewView.influencer(new Influencer(null, "677", "twitter", null, "unknown", 37.2), true);
        assertThat(item.getElement().getTextRecursively()).startsWith("twitter:677").contains("37.20");
        assertThat(item.getElement().hasAttribute("data-handle")).isFalse();
        assertThat(item.getElement().getAttribute("data-id")).isEqualTo("677");
        assertThat(item.getChildren().filter(Anchor.class::isInstance)).isEmpty();
    }

    @Test
    void aHandleLinksToItsNetwork() {
        var item = OverviewView.influencer(new Influencer("NHS Eng", "1", "twitter", "NHS England", "organisation", 5), true);
        assertThat(item.getElement().getAttribute("data-handle")).isEqualTo("NHS Eng");
        assertThat(item.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .containsExactly("my-network?handle=NHS+Eng");
    }
}
