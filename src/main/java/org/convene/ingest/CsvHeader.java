package org.convene.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The columns of a CSV of the user's own, and a first guess at which column holds what, for describing it as a
 * {@link CsvMapping} without the command line: the delimiter that splits the header into most columns, the
 * header's names, the first row's values (to show a time as written), and mapping fields guessed from names.
 */
public record CsvHeader(String delimiter, List<String> columns, Map<String, String> firstRow, Map<String, String> guesses) {

    /** Mapping fields and the column names (lower case, in order of preference) that usually hold them. */
    private static final Map<String, List<String>> NAMES = names();

    /** The file read as an import reads it: unzipped when it ends in .gz, without a byte-order mark. */
    public static CsvHeader of(Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ImportService.decompressed(file.getFileName().toString(), Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            char[] head = new char[64 * 1024];
            int n = reader.read(head);
            return of(n <= 0 ? "" : new String(head, 0, n));
        }
    }

    /** From the file's first characters; a header alone is enough. */
    public static CsvHeader of(String head) throws IOException {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = ',';
        int most = 0;
        for (char d : new char[] {',', ';', '\t', '|'}) {
            int count = (int) firstLine.chars().filter(c -> c == d).count();
            if (count > most) {
                most = count;
                delimiter = d;
            }
        }
        if (most == 0) throw new IllegalArgumentException("the first line has no commas, semicolons or tabs: it is no CSV header");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        List<CSVRecord> records = new ArrayList<>();
        try (Reader r = new java.io.StringReader(text); var parser = format.parse(r)) {
            for (CSVRecord rec : parser) {
                records.add(rec);
                if (records.size() == 2) break;
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // a row cut off at the end of the head: the header is what matters
        }
        if (records.isEmpty()) throw new IllegalArgumentException("the file is empty");
        List<String> columns = records.getFirst().stream().map(String::strip).toList();
        Map<String, String> firstRow = new LinkedHashMap<>();
        if (records.size() > 1) {
            for (int i = 0; i < columns.size() && i < records.get(1).size(); i++) firstRow.put(columns.get(i), records.get(1).get(i));
        }
        return new CsvHeader(delimiter == '\t' ? "tab" : String.valueOf(delimiter), columns, firstRow, guess(columns));
    }

    static Map<String, String> guess(List<String> columns) {
        Map<String, String> guesses = new LinkedHashMap<>();
        List<String> taken = new ArrayList<>();
        NAMES.forEach((field, names) -> {
            for (String name : names) {
                var hit = columns.stream().filter(c -> !taken.contains(c))
                        .filter(c -> normal(c).equals(name) || normal(c).startsWith(name + " ")).findFirst();
                if (hit.isPresent()) {
                    guesses.put(field, hit.get());
                    taken.add(hit.get());
                    return;
                }
            }
        });
        return guesses;
    }

    private static String normal(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[_\\-.]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("id", List.of("tweet id", "id str", "post id", "status id", "id"));
        m.put("authorHandle", List.of("username", "screen name", "from user", "handle", "user", "author"));
        m.put("authorId", List.of("user id", "author id", "from user id str", "from user id"));
        m.put("authorName", List.of("display name", "name", "user name", "full name"));
        m.put("bio", List.of("bio", "description", "user description", "about", "profile"));
        m.put("location", List.of("location", "user location"));
        m.put("followers", List.of("followers", "followers count", "user followers count"));
        m.put("text", List.of("tweet", "text", "content", "message", "post", "body", "full text"));
        m.put("time", List.of("date", "created at", "time", "timestamp", "posted", "datetime"));
        m.put("retweetOf", List.of("retweeted status id", "retweet of"));
        m.put("replyToPost", List.of("in reply to status id", "in reply to status id str", "reply to"));
        m.put("url", List.of("url", "link", "status url"));
        m.put("lang", List.of("lang", "language"));
        return m;
    }
}
