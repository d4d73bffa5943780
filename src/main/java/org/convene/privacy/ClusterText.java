package org.convene.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Cluster labels and their reasons are parts joined by a separator; the part naming an account can go. */
final class ClusterText {

    private ClusterText() {}

    /** {@code text} without the parts that are, or start with, "@name" for one of {@code names}. */
    static String withoutAccount(String text, String separator, List<String> names) {
        if (text == null) return null;
        String kept = Arrays.stream(text.split(java.util.regex.Pattern.quote(separator)))
                .filter(part -> names.stream().noneMatch(n -> part.equals("@" + n) || part.startsWith("@" + n + ":")))
                .collect(Collectors.joining(separator));
        return kept.isEmpty() ? "unnamed cluster" : kept;
    }
}
