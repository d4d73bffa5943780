package org.convene.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CollectRequestTest {

    @Test
    void aServerIsSpeltOneWayAndABadOneIsNamedPlainly() {
        assertThat(CollectRequest.once(Site.MASTODON, "nhssm", "Mastodon.Social/").endpoint())
                .isEqualTo("https://mastodon.social");
        assertThatThrownBy(() -> CollectRequest.once(Site.MASTODON, "nhssm", "not a url"))
                .hasMessage("Not a web address: not a url (e.g. mastodon.social or https://mastodon.social)");
        assertThatThrownBy(() -> CollectRequest.once(Site.MASTODON, "nhssm", "ftp://example.org"))
                .hasMessageContaining("Not an http(s) URL");
    }
}
