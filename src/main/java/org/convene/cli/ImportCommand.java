package org.convene.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.ingest.CsvMappings;
import org.convene.ingest.ImportService;
import org.convene.ingest.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import posts from files into the graph. Re-importing a file changes nothing.")
class ImportCommand extends GraphCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import (.gz is read transparently).")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Force the format instead of detecting it: twitter-v1, twitter-v2, twitter-archive, tags-csv, topsy-csv, mastodon, bluesky, edgelist, nodexl-edges, nodexl-vertices.")
    String format;

    @Option(names = "--mapping", paramLabel = "NAME",
            description = "Read the files as CSV through a saved column mapping (see 'convene mapping').")
    String mapping;

    @Option(names = "--chat", paramLabel = "TAG", description = "Declare a hashtag as a chat you follow (repeatable).")
    List<String> chats = new ArrayList<>();

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write rejected records (file, line, reason) to this CSV; by default import-rejected-<time>.csv in the current directory when any were rejected.")
    Path report;

    @Option(names = "--analyze", description = "After importing, run the analysis (as 'convene analyze' with its defaults).")
    boolean analyze;

    @Override
    public Integer call() throws Exception {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("No such file: " + file);
        }
        if (format != null && mapping != null) throw new IllegalArgumentException("Give --format or --mapping, not both");
        ImportSummary summary;
        org.convene.analysis.AnalysisResult analysis = null;
        try (var context = context()) {
            var sources = files.stream().map(ImportService.Source::of).toList();
            var imports = context.getBean(ImportService.class);
            var progress = new ProgressLine(spec.commandLine().getErr());
            summary = mapping == null ? imports.importAll(sources, format, chats, progress)
                    : imports.importWithMapping(sources, context.getBean(CsvMappings.class).get(mapping), chats, progress);
            if (analyze) {
                analysis = context.getBean(org.convene.analysis.AnalysisService.class).run(
                        org.convene.analysis.AnalysisOptions.defaults(),
                        AnalyzeCommand.progress(spec.commandLine().getErr()));
            }
        }
        Path reportFile = RejectedReport.write(summary, report);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("files", summary.files());
            result.put("read", summary.read());
            result.put("posts", summary.posts());
            if (summary.newPosts() >= 0) result.put("newPosts", summary.newPosts()); // posts the graph did not hold before
            result.put("edges", summary.edges());
            result.put("profiles", summary.profiles());
            result.put("rejected", Output.rejected(summary.rejected()));
            result.put("seconds", summary.took().toMillis() / 1000.0);
            result.put("report", reportFile == null ? null : reportFile.toString());
            if (analysis != null) result.put("analysis", analysis.figures());
            out.println(Output.json(result));
        } else {
            out.println(summary.describe());
            summary.rejected().stream().limit(20).forEach(r -> out.println("  rejected " + r));
            if (summary.rejected().size() > 20) out.println("  ... and " + (summary.rejected().size() - 20) + " more");
            if (reportFile != null) out.println("Rejected records are listed in " + reportFile);
            if (analysis != null) AnalyzeCommand.print(out, analysis, false);
        }
        out.flush();
        return ConveneCli.OK;
    }
}
