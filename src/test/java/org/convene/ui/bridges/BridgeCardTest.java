package org.convene.ui.bridges;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Accounts on a bridge card link to their network, by handle or, for an account without one, by platform and id. */
class BridgeCardTest {

    @Test
    void aHandleLinksByHandle() {
        var link = BridgeCard.account("Chief Nurse");
        assertThat(link.getText()).isEqualTo("@Chief Nurse");
        assertThat(link.getHref()).isEqualTo("my-network?handle=Chief+Nurse");
    }

    @Test
    void anAccountWithoutAHandleLinksByItsKey() {
        var link = BridgeCard.account("twitter:88");
        assertThat(link.getText()).isEqualTo("twitter:88");
        assertThat(link.getHref()).isEqualTo("my-network?platform=twitter&id=88");
    }
}
