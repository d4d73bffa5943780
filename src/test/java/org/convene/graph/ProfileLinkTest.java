package org.convene.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileLinkTest {

    @Test
    void twitterHandlesOnly() {
        assertThat(ProfileLink.of("twitter", "123", "WeNurses")).isEqualTo("https://x.com/WeNurses");
        assertThat(ProfileLink.of("twitter", "123", "@nhssm")).isEqualTo("https://x.com/nhssm");
        // an edge list's anonymous numbers and over-long names are not handles
        assertThat(ProfileLink.of("twitter", "4567", "4567")).isNull();
        assertThat(ProfileLink.of("twitter", "x", "a_name_far_too_long_for_twitter")).isNull();
        assertThat(ProfileLink.of("twitter", "x", "o'brien")).isNull();
    }

    @Test
    void blueskyByHandleElseDid() {
        assertThat(ProfileLink.of("bluesky", "did:plc:abc123", "nurse.bsky.social"))
                .isEqualTo("https://bsky.app/profile/nurse.bsky.social");
        assertThat(ProfileLink.of("bluesky", "did:plc:abc123", null)).isEqualTo("https://bsky.app/profile/did:plc:abc123");
        assertThat(ProfileLink.of("bluesky", "did:plc:abc123", "not a handle"))
                .isEqualTo("https://bsky.app/profile/did:plc:abc123");
    }

    @Test
    void mastodonOnTheAccountsOwnServer() {
        assertThat(ProfileLink.of("mastodon", "jo@Med-Mastodon.com", "jo@Med-Mastodon.com"))
                .isEqualTo("https://med-mastodon.com/@jo");
        assertThat(ProfileLink.of("mastodon", "jo", "jo")).isNull();
    }

    @Test
    void otherPlatformsHaveNone() {
        assertThat(ProfileLink.of("forum", "1", "jo")).isNull();
        assertThat(ProfileLink.of(null, "1", "jo")).isNull();
        assertThat(ProfileLink.site("bluesky")).isEqualTo("Bluesky");
    }
}
