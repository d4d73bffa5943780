package org.convene.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Plain edge lists, {@code source target [weight]} per line, separated by spaces or tabs, {@code #} for
 * comments (the SNAP Higgs files, igraph and networkx exports). Tokens that are numbers are account ids,
 * others handles. The kind of interaction comes from the file name: one containing "reply" or "replies",
 * "retweet" or "quote" lists those; any other lists mentions.
 */
@Component
public final class EdgeListReader implements EdgeReader {

    static final String PLATFORM = "twitter";
    private static final Pattern SPLIT = Pattern.compile("[\\s,]+");
    private static final Pattern LINE = Pattern.compile("^\\s*@?[\\w.]+[ \\t]+@?[\\w.]+([ \\t]+[0-9.eE+-]+)?\\s*$");

    @Override
    public String format() {
        return "edgelist";
    }

    @Override
    public boolean detects(String head) {
        var lines = head.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).limit(20).toList();
        if (lines.size() > 1) lines = lines.subList(0, lines.size() - 1); // the head may cut the last line
        // the first data line must fit, and most others: a few bad lines are rejected later, one by one
        long fitting = lines.stream().filter(l -> LINE.matcher(l).matches()).count();
        return !lines.isEmpty() && LINE.matcher(lines.getFirst()).matches() && fitting * 2 >= lines.size();
    }

    static String kind(String fileName) {
        String name = Path.of(fileName).getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("repl")) return "reply"; // reply, replies
        if (name.contains("retweet")) return "retweet";
        if (name.contains("quote")) return "quote";
        return "mention";
    }

    @Override
    public long read(String fileName, Reader in, Consumer<Edge> edges, Consumer<Rejected> rejected) throws IOException {
        String kind = kind(fileName);
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        long count = 0, lineNo = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            count++;
            String[] parts = SPLIT.split(trimmed);
            if (parts.length < 2 || parts.length > 3) {
                rejected.accept(new Rejected(fileName, lineNo, "expected 'source target [weight]', found "
                        + parts.length + " fields"));
                continue;
            }
            double weight = 1;
            if (parts.length == 3) {
                try {
                    weight = Double.parseDouble(parts[2]);
                } catch (NumberFormatException e) {
                    rejected.accept(new Rejected(fileName, lineNo, "weight '" + parts[2] + "' is not a number"));
                    continue;
                }
            }
            Edge edge;
            try {
                edge = new Edge(account(parts[0]), account(parts[1]), kind, weight);
            } catch (IllegalArgumentException e) {
                rejected.accept(new Rejected(fileName, lineNo, e.getMessage()));
                continue;
            }
            edges.accept(edge);
        }
        return count;
    }

    private static Account account(String token) {
        String t = token.startsWith("@") ? token.substring(1) : token;
        return t.chars().allMatch(Character::isDigit)
                ? Account.reference(PLATFORM, t, null)
                : Account.byHandle(PLATFORM, t);
    }
}
