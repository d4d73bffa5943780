package org.convene.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.ingest.CsvMapping;
import org.convene.ingest.CsvMappings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code convene mapping save|list|show|delete}: CSV column mappings saved by name in the graph. */
@Command(name = "mapping", mixinStandardHelpOptions = true,
        description = "Save, list, show and delete CSV column mappings; use one with 'import --mapping NAME'.",
        subcommands = {MappingCommand.Save.class, MappingCommand.ListAll.class, MappingCommand.Show.class,
                MappingCommand.Delete.class})
class MappingCommand extends CommandGroup {

    /** Shared by the subcommands: where the graph is, and a Spring context on it. */
    abstract static class Sub extends CommandGroup.Sub {

        <T> T withMappings(java.util.function.Function<CsvMappings, T> work) {
            try (var context = context()) {
                return work.apply(context.getBean(CsvMappings.class));
            }
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = "Save a mapping under NAME (replacing one of that name). Each option names a column "
                    + "of your CSV; only an author, the text and the time are required.",
            footer = {"", "Example: convene mapping save sheet --id tweet_id --author user --text text --time created"
                    + " --time-format \"dd/MM/yyyy HH:mm\" --zone Europe/London"})
    static class Save extends Sub {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Option(names = "--from-file", paramLabel = "FILE", description = "Read the mapping from JSON (options given as well override it).") Path fromFile;
        @Option(names = "--id", paramLabel = "COL", description = "Post id (without it, a hash of author, time and text).") String id;
        @Option(names = "--author", paramLabel = "COL", description = "Author handle.") String authorHandle;
        @Option(names = "--author-id", paramLabel = "COL", description = "Author's platform id.") String authorId;
        @Option(names = "--author-name", paramLabel = "COL", description = "Author's display name.") String authorName;
        @Option(names = "--bio", paramLabel = "COL") String bio;
        @Option(names = "--location", paramLabel = "COL") String location;
        @Option(names = "--followers", paramLabel = "COL") String followers;
        @Option(names = "--text", paramLabel = "COL") String text;
        @Option(names = "--time", paramLabel = "COL") String time;
        @Option(names = "--time-format", paramLabel = "FORMAT", description = "iso (default), epoch-seconds, epoch-millis, or a java.time pattern such as \"dd/MM/yyyy HH:mm\".") String timeFormat;
        @Option(names = "--zone", paramLabel = "ZONE", description = "Zone of times without an offset, e.g. Europe/London (default UTC).") String zone;
        @Option(names = "--mentions", paramLabel = "COL", description = "Mentioned handles (else read from the text).") String mentions;
        @Option(names = "--hashtags", paramLabel = "COL", description = "Hashtags (else read from the text).") String hashtags;
        @Option(names = "--separator", paramLabel = "SEP", description = "Separator in the mentions and hashtags columns (default spaces, commas or semicolons).") String separator;
        @Option(names = "--reply-to", paramLabel = "COL", description = "Handle replied to.") String replyToHandle;
        @Option(names = "--reply-to-id", paramLabel = "COL", description = "Account id replied to.") String replyToId;
        @Option(names = "--reply-to-post", paramLabel = "COL", description = "Parent post id. Without any reply column, a leading @handle is an inferred reply.") String replyToPost;
        @Option(names = "--retweet-of", paramLabel = "COL", description = "Retweeted post id or link (else 'RT @handle:' texts are retweets).") String retweetOf;
        @Option(names = "--quote-of", paramLabel = "COL", description = "Quoted post id or link.") String quoteOf;
        @Option(names = "--lang", paramLabel = "COL") String lang;
        @Option(names = "--url", paramLabel = "COL") String url;
        @Option(names = "--delimiter", paramLabel = "CHAR", description = "Field delimiter: one character or 'tab' (default ',').") String delimiter;
        @Option(names = "--platform", paramLabel = "NAME", description = "twitter (default), mastodon, bluesky...") String platform;

        @Override
        public Integer call() throws Exception {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (fromFile != null) {
                CsvMapping file = CsvMappings.fromJson(Files.readString(fromFile));
                fields.putAll(Output.parseJsonObject(CsvMappings.toJson(file)));
            }
            Map<String, String> given = new LinkedHashMap<>();
            given.put("id", id);
            given.put("authorHandle", authorHandle);
            given.put("authorId", authorId);
            given.put("authorName", authorName);
            given.put("bio", bio);
            given.put("location", location);
            given.put("followers", followers);
            given.put("text", text);
            given.put("time", time);
            given.put("timeFormat", timeFormat);
            given.put("zone", zone);
            given.put("mentions", mentions);
            given.put("hashtags", hashtags);
            given.put("separator", separator);
            given.put("replyToHandle", replyToHandle);
            given.put("replyToId", replyToId);
            given.put("replyToPost", replyToPost);
            given.put("retweetOf", retweetOf);
            given.put("quoteOf", quoteOf);
            given.put("lang", lang);
            given.put("url", url);
            given.put("delimiter", delimiter);
            given.put("platform", platform);
            given.forEach((k, v) -> { if (v != null) fields.put(k, v); });
            fields.put("name", name);
            CsvMapping saved = withMappings(m -> m.save(CsvMappings.fromMap(fields)));
            out().println(json ? CsvMappings.toJson(saved) : "Saved CSV mapping '" + name + "': " + saved.columns()
                    + "\nTimes: " + saved.timeFormat() + ", in " + saved.zone()
                    + (saved.zone().equals("UTC") && !saved.timeFormat().equalsIgnoreCase("iso") && !saved.timeFormat().startsWith("epoch")
                    ? " (times without an offset are read as UTC; if the export shows local times, add --zone, e.g. Europe/London)" : ""));
            out().flush();
            return ConveneCli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved mappings.")
    static class ListAll extends Sub {
        @Override
        public Integer call() {
            List<CsvMappings.Saved> all = withMappings(CsvMappings::list);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (var s : all) {
                CsvMapping m = s.mapping();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", m.name());
                row.put("author", m.authorHandle() != null ? m.authorHandle() : m.authorId());
                row.put("text", m.text());
                row.put("time", m.time() + " (" + m.timeFormat() + ", " + m.zone() + ")");
                row.put("updatedAt", s.updatedAt().toInstant().toString());
                if (json) row.put("columns", m.columns());
                rows.add(row);
            }
            if (json) out().println(Output.json(rows));
            else {
                Output.table(out(), List.of("name", "author", "text", "time", "updatedAt"), rows);
                out().println(rows.size() + " mapping(s)");
            }
            out().flush();
            return ConveneCli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print one mapping as JSON (usable with 'save --from-file').")
    static class Show extends Sub {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Override
        public Integer call() {
            out().println(CsvMappings.toJson(withMappings(m -> m.get(name))));
            out().flush();
            return ConveneCli.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a saved mapping.")
    static class Delete extends Sub {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Override
        public Integer call() {
            if (!withMappings(m -> m.delete(name))) throw new IllegalArgumentException("No CSV mapping named '" + name + "'");
            out().println("Deleted CSV mapping '" + name + "'");
            out().flush();
            return ConveneCli.OK;
        }
    }
}
