package org.convene.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks the records of a JSON file in the shapes collectors write: one object per line (JSON lines), one
 * array of objects per line (API pages appended to a file), or one array of objects (several, one after another,
 * are read in turn), optionally behind a JavaScript prefix such as the Twitter archive's
 * {@code window.YTD.tweets.part0 = [...]}. A malformed line is rejected alone; in an array, where the parser
 * cannot resynchronise, the rest of the file is rejected with the position of the fault.
 */
final class JsonRecords {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Reads one element of an array at a time: the elements after it are not "trailing tokens". */
    private static final ObjectReader ELEMENT = JSON.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Receives each record with the line it starts on; throws IllegalArgumentException to reject it. */
    interface Handler {
        void accept(long line, JsonNode record);

        /** With the record's own text when the file has one record per line, so it need not be written again. */
        default void accept(long line, JsonNode record, String text) {
            accept(line, record);
        }
    }

    private JsonRecords() {}

    /** Returns the number of records seen, rejected ones included. */
    static long read(String fileName, Reader in, Handler handler, Consumer<Rejected> rejected) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in, HEAD);
        String head = peek(reader);
        String start = head.replace("\uFEFF", "").stripLeading();
        if (start.isEmpty()) return 0;
        char first = start.charAt(0);
        // one API page (an array) per line, as `curl ... >> statuses.json` saves them: read line by line
        if (first == '[' && start.indexOf('\n') > 0 && firstLineIsWhole(start)) return readLines(fileName, reader, handler, rejected);
        if (first == '[' || first == 'w' || first == 'v') return readStream(fileName, reader, handler, rejected, true);
        if (firstLineIsWhole(start)) return readLines(fileName, reader, handler, rejected);
        return readStream(fileName, reader, handler, rejected, false); // pretty-printed objects
    }

    private static final int HEAD = 1 << 16;

    /** The first characters of the file, leaving the reader where it was. Reads no further than that. */
    private static String peek(BufferedReader reader) throws IOException {
        reader.mark(HEAD);
        char[] buffer = new char[HEAD];
        int n = 0, r;
        while (n < HEAD && (r = reader.read(buffer, n, HEAD - n)) != -1) n += r;
        reader.reset();
        return new String(buffer, 0, n);
    }

    /** JSON lines have a whole object on their first line; pretty-printed JSON has a short first line that is not. */
    private static boolean firstLineIsWhole(String head) {
        int newline = head.indexOf('\n');
        if (newline < 0) return true; // one line longer than the head: nothing pretty-printed looks like that
        try {
            JSON.readTree(head.substring(0, newline));
            return true;
        } catch (JacksonException e) {
            return false;
        }
    }

    private static long readLines(String fileName, BufferedReader reader, Handler handler, Consumer<Rejected> rejected)
            throws IOException {
        long count = 0;
        long lineNo = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            count++;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                rejected.accept(new Rejected(fileName, lineNo, "malformed JSON: " + message(e)));
                continue;
            }
            if (node.isArray()) { // a page of records on one line: each is a record of that line
                count += node.size() - 1;
                for (JsonNode element : node) accept(fileName, lineNo, element, null, handler, rejected);
            } else {
                accept(fileName, lineNo, node, line, handler, rejected);
            }
        }
        return count;
    }

    /** An array of records, or a sequence of (pretty-printed) root objects. */
    private static long readStream(String fileName, BufferedReader reader, Handler handler, Consumer<Rejected> rejected,
                                   boolean array) throws IOException {
        if (array) skipToArray(reader);
        long count = 0;
        try (JsonParser parser = JSON.createParser(reader)) {
            if (array && !startsArray(parser)) {
                rejected.accept(new Rejected(fileName, 1, "expected a JSON array, such as the archive's "
                        + "window.YTD.tweets.part0 = [ ... ], within its first 4,096 characters"));
                return 1;
            }
            while (true) {
                long line = parser.currentLocation().getLineNr();
                try {
                    JsonToken token = parser.nextToken();
                    while (array && token == JsonToken.END_ARRAY) { // arrays one after another (pages saved to one file)
                        token = parser.nextToken();
                        if (token == JsonToken.START_ARRAY) token = parser.nextToken();
                        else break;
                    }
                    if (token == JsonToken.END_ARRAY || token == null) break;
                    line = parser.currentTokenLocation().getLineNr();
                    count++;
                    JsonNode node = ELEMENT.readValue(parser);
                    accept(fileName, line, node, null, handler, rejected);
                } catch (JacksonException e) {
                    // a fault below the parser (an I/O error such as an over-long line) has no location
                    long at = e.getLocation() == null || e.getLocation().getLineNr() <= 0 ? line
                            : e.getLocation().getLineNr();
                    rejected.accept(new Rejected(fileName, at,
                            "malformed JSON, the rest of the file cannot be read: " + message(e)));
                    return count + 1;
                }
            }
        }
        return count;
    }

    /** The parser's message without its note on where the source is, which names nothing a user can use. */
    static String message(JacksonException e) {
        return String.valueOf(e.getOriginalMessage())
                .replaceAll("\\s*\\(start marker at \\[Source: .*?\\]\\)", "")
                .replaceAll("\\s*at \\[Source: .*?\\]", "").strip();
    }

    /** False when the file does not open an array where one was expected, malformed text included. */
    private static boolean startsArray(JsonParser parser) {
        try {
            return parser.nextToken() == JsonToken.START_ARRAY;
        } catch (JacksonException e) {
            return false;
        }
    }

    /** Skips a JavaScript prefix like {@code window.YTD.tweets.part0 = } up to the array it assigns. */
    private static void skipToArray(BufferedReader reader) throws IOException {
        reader.mark(4096);
        int c;
        int n = 0;
        while ((c = reader.read()) != -1 && n++ < 4096) {
            if (c == '[') {
                reader.reset();
                reader.skip(n - 1);
                return;
            }
        }
        reader.reset();
    }

    private static void accept(String fileName, long line, JsonNode node, String text, Handler handler,
                               Consumer<Rejected> rejected) {
        try {
            if (text == null) handler.accept(line, node);
            else handler.accept(line, node, text);
        } catch (IllegalArgumentException e) {
            rejected.accept(new Rejected(fileName, line, e.getMessage()));
        }
    }

    /**
     * Hands each element of a page (an array inside one record) to {@code item}; an element it rejects is set aside
     * alone, named by its place in the page, and the rest of the page still imports.
     */
    static void eachOf(JsonNode page, String fileName, long line, Consumer<Rejected> rejected, Consumer<JsonNode> item) {
        int i = 0;
        for (JsonNode element : page) {
            i++;
            try {
                item.accept(element);
            } catch (IllegalArgumentException e) {
                rejected.accept(new Rejected(fileName, line, "item " + i + " of " + page.size() + " in this record: " + e.getMessage()));
            }
        }
    }

    /** A text field, or null when missing, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        String s = value.asString();
        return s == null || s.isBlank() ? null : s;
    }

    /** An ISO-8601 instant such as the APIs' {@code 2021-06-26T19:56:26.000Z}, or null when absent. */
    static java.time.Instant instant(String text) {
        if (text == null) return null;
        try {
            return java.time.Instant.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable time '" + text + "'");
        }
    }
}
