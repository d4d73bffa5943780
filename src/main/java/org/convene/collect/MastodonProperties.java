package org.convene.collect;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** An optional Mastodon access token ({@code CONVENE_MASTODON_TOKEN}), for instances that limit public timelines. */
@ConfigurationProperties("convene.mastodon")
public record MastodonProperties(String token) {}
