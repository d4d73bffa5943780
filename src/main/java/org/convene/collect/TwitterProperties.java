package org.convene.collect;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Twitter/X credentials, from configuration or the environment ({@code CONVENE_TWITTER_BEARER_TOKEN} ...).
 * v2 recent search needs the bearer token; v1.1 search takes it too, or the four OAuth 1.0a keys.
 */
@ConfigurationProperties("convene.twitter")
public record TwitterProperties(String bearerToken, String consumerKey, String consumerSecret, String accessToken,
                                String accessTokenSecret) {

    boolean hasBearer() {
        return bearerToken != null && !bearerToken.isBlank();
    }

    boolean hasUserContext() {
        return present(consumerKey) && present(consumerSecret) && present(accessToken) && present(accessTokenSecret);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
