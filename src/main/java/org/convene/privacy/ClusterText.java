package org.convene.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.convene.graph.AccountLookup;

/** Cluster labels and their reasons are parts joined by a separator; the part naming an account can go. */
final class ClusterText {

    private ClusterText() {}

    /**
     * {@code text} without the parts that are, or start with, an account as summaries name it: "@handle", or
     * "platform:id" for one without a handle ({@link AccountLookup#name(String)}).
     */
    static String withoutAccount(String text, String separator, List<String> names) {
        if (text == null) return null;
        // in lower case: a later import may have brought a handle's real capitals
        List<String> shown = names.stream().map(n -> AccountLookup.name(n).toLowerCase(java.util.Locale.ROOT)).toList();
        String kept = Arrays.stream(text.split(java.util.regex.Pattern.quote(separator)))
                .filter(part -> {
                    String p = part.toLowerCase(java.util.Locale.ROOT);
                    return shown.stream().noneMatch(n -> p.equals(n) || p.startsWith(n + ":"));
                })
                .collect(Collectors.joining(separator));
        return kept.isEmpty() ? "unnamed cluster" : kept;
    }
}
