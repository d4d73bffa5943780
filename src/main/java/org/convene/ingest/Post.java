package org.convene.ingest;

import java.time.Instant;
import java.util.List;

/**
 * One post and its links, as read from any source.
 *
 * @param mentions      accounts the author addressed in this post, without the reply target and
 *                      without mentions inherited from a retweeted or quoted post
 * @param replyToPost   the parent post id when the source gives it
 * @param replyToAccount the account replied to; {@code replyInferred} when only a leading @handle says so
 * @param retweetOf     the retweeted post, which the reader also emits as a post of its own
 * @param quoteOf       the quoted post, likewise
 */
public record Post(String platform, String id, Account author, String text, Instant createdAt, String lang,
                   String url, List<String> hashtags, List<Account> mentions, String replyToPost,
                   Account replyToAccount, boolean replyInferred, String retweetOf, String quoteOf) {

    public Post {
        if ("twitter".equals(platform)) text = TextEntities.unescapeTwitter(text);
        Account.checkKey("post id", id);
        Account.checkKey("post id replied to", replyToPost);
        Account.checkKey("post id retweeted", retweetOf);
        Account.checkKey("post id quoted", quoteOf);
        hashtags = hashtags == null ? List.of() : hashtags.stream()
                .map(t -> t.replaceFirst("^#", "").toLowerCase(java.util.Locale.ROOT))
                .filter(t -> !t.isBlank()).distinct().toList();
        hashtags.forEach(t -> Account.checkKey("hashtag", t));
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
