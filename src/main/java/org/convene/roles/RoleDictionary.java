package org.convene.roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelling rules, read from a CSV a person can edit (the bundled
 * {@code org/convene/roles/role-dictionary.csv}, or a file set with {@code convene.roles.dictionary}).
 * Columns {@code role, kind, pattern, weight, note}; lines starting with {@code #} are comments.
 * Kinds:
 * <ul>
 * <li>{@code phrase}: words matched in any case as whole words, spaces also matching hyphens;</li>
 * <li>{@code case}: the same, but case-sensitive (acronyms such as RN, GP, MD);</li>
 * <li>{@code regex}: a Java regular expression, any case;</li>
 * <li>{@code handle}: a regular expression on the handle;</li>
 * <li>{@code trap}: a regular expression whose matches are blanked before the role's rules run
 *     ("nurse's daughter", "doctor who"); role {@code *} for all roles;</li>
 * <li>{@code not-before} / {@code not-after}: a regular expression that, right before or after a match,
 *     cancels it ("ex-", "former", "not a", "-to-be");</li>
 * <li>{@code setting}: {@code threshold} (confidence needed to assign a role).</li>
 * </ul>
 * A rule's weight is its confidence alone; several rules for one role combine as 1 - Π(1 - w).
 * Bad lines are set aside with their line number ({@link #problems()}); the rest applies.
 */
public final class RoleDictionary {

    public static final String BUNDLED = "org/convene/roles/role-dictionary.csv";

    enum Kind { PHRASE, CASE, REGEX, HANDLE, TRAP, NOT_BEFORE, NOT_AFTER, SETTING }

    /** One rule; {@code role} is null for rules that apply to every role ({@code *}). */
    record Entry(Role role, Kind kind, String source, Pattern pattern, double weight, int line, String note) {

        /** As a person reads it: role key ({@code *} for every role), kind as written in the file, weight (0 for negative kinds). */
        public Rule rule() {
            return new Rule(role == null ? "*" : role.key(), kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    source, weight, line, note);
        }
    }

    /** One line of the dictionary as written: role, kind, pattern, weight, line number and note. */
    public record Rule(String role, String kind, String pattern, double weight, int line, String note) {}

    private static final String WORD_EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_EDGE_AFTER = "(?![\\p{L}\\p{N}])";

    private final String name;
    private final List<Entry> entries;
    private final List<String> problems;
    private final double threshold;

    private RoleDictionary(String name, List<Entry> entries, List<String> problems, double threshold) {
        this.name = name;
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
        this.threshold = threshold;
    }

    /** The dictionary that ships with Convene. */
    public static RoleDictionary bundled() {
        try (InputStream in = RoleDictionary.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("Missing " + BUNDLED);
            return read(BUNDLED, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user's dictionary file, which replaces the bundled one. */
    public static RoleDictionary of(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read role dictionary " + file + ": " + e.getMessage(), e);
        }
    }

    public static RoleDictionary read(String name, Reader in) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        double threshold = 0.5;
        try (CSVParser parser = CSVParser.parse(in, format)) {
            for (String column : List.of("role", "kind", "pattern", "weight")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(name + ": line 1: missing column '" + column
                            + "' (need role, kind, pattern, weight, note)");
                }
            }
            for (CSVRecord row : parser) {
                int line = (int) parser.getCurrentLineNumber();
                try {
                    Entry e = entry(row, line);
                    if (e.kind() == Kind.SETTING) threshold = e.weight();
                    else entries.add(e);
                } catch (IllegalArgumentException ex) {
                    problems.add(name + ": line " + line + ": " + ex.getMessage());
                }
            }
        }
        return new RoleDictionary(name, entries, problems, threshold);
    }

    private static Entry entry(CSVRecord row, int line) {
        String kindText = get(row, "kind");
        Kind kind;
        try {
            kind = Kind.valueOf(kindText.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + kindText
                    + "' (phrase, case, regex, handle, trap, not-before, not-after, setting)");
        }
        String pattern = get(row, "pattern");
        if (pattern.isEmpty()) throw new IllegalArgumentException("empty pattern");
        if (kind == Kind.SETTING) {
            if (!pattern.equals("threshold")) throw new IllegalArgumentException("unknown setting '" + pattern + "'");
            return new Entry(null, kind, pattern, null, weight(row, true), line, get(row, "note"));
        }
        String roleText = get(row, "role");
        boolean everyRole = roleText.equals("*");
        boolean negative = kind == Kind.TRAP || kind == Kind.NOT_BEFORE || kind == Kind.NOT_AFTER;
        if (everyRole && !negative) throw new IllegalArgumentException("role '*' is only for trap, not-before, not-after");
        Role role = everyRole ? null : Role.of(roleText);
        if (role == Role.UNKNOWN) throw new IllegalArgumentException("'unknown' is what is left when nothing matches; it has no rules");
        double weight = negative ? 0 : weight(row, false);
        try {
            return new Entry(role, kind, pattern, compile(kind, pattern), weight, line, get(row, "note"));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad regular expression '" + pattern + "': " + e.getDescription());
        }
    }

    static Pattern compile(Kind kind, String pattern) {
        int anyCase = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return switch (kind) {
            case PHRASE -> Pattern.compile(words(pattern), anyCase);
            case CASE -> Pattern.compile(words(pattern));
            case REGEX, HANDLE, TRAP -> Pattern.compile(pattern, anyCase);
            case NOT_BEFORE -> Pattern.compile("(?:" + pattern + ")$", anyCase);
            case NOT_AFTER -> Pattern.compile("^(?:" + pattern + ")", anyCase);
            case SETTING -> null;
        };
    }

    /** Literal words as a whole-word pattern: spaces match any run of spaces or hyphens, ' matches ’ too. */
    private static String words(String phrase) {
        StringBuilder b = new StringBuilder(WORD_EDGE_BEFORE);
        String[] parts = phrase.strip().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) b.append("[\\s\\-]+");
            b.append(Pattern.quote(parts[i]).replace("'", "\\E['’]\\Q"));
        }
        return b.append(WORD_EDGE_AFTER).toString();
    }

    private static double weight(CSVRecord row, boolean setting) {
        String text = get(row, "weight");
        double w;
        try {
            w = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weight '" + text + "' is not a number");
        }
        if (!(w > 0 && w <= 1)) throw new IllegalArgumentException("weight " + text + " is not in (0, 1]");
        return w;
    }

    private static String get(CSVRecord row, String column) {
        return row.isSet(column) ? row.get(column).strip() : "";
    }

    public String name() {
        return name;
    }

    List<Entry> entries() {
        return entries;
    }

    /** Every rule in file order (the threshold setting aside). */
    public List<Rule> rules() {
        return entries.stream().map(Entry::rule).toList();
    }

    /** Lines set aside, each "file: line N: reason". */
    public List<String> problems() {
        return problems;
    }

    public double threshold() {
        return threshold;
    }

    public int size() {
        return entries.size();
    }
}
