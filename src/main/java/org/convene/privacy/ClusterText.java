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
        List<String> shown = names.stream().map(AccountLookup::name).toList();
        String kept = Arrays.stream(text.split(java.util.regex.Pattern.quote(separator)))
                .filter(part -> shown.stream().noneMatch(n -> part.equals(n) || part.startsWith(n + ":")))
                .collect(Collectors.joining(separator));
        return kept.isEmpty() ? "unnamed cluster" : kept;
    }
}
