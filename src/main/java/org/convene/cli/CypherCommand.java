package org.convene.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.cypher.CypherResult;
import org.convene.cypher.CypherRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cypher", mixinStandardHelpOptions = true,
        description = "Run one Cypher query against the graph and print its rows.",
        footer = {"", "Example: convene cypher --param h=nhsengland \"MATCH (a:Account {handleLower: \\$h}) RETURN a.handle, a.bio\""})
class CypherCommand extends GraphCommand {

    @Parameters(index = "0", paramLabel = "QUERY", description = "The Cypher query.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A query parameter; VALUE is read as JSON when it parses (42, true, [1,2], \"x\"), else as text.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--read-only", description = "Refuse writes, schema changes, write or admin procedures and LOAD CSV, "
            + "and run in a read transaction (the rules of the web UI's Cypher page).")
    boolean readOnly;

    @Option(names = "--max-rows", paramLabel = "N",
            description = "Print at most N rows and say when there were more (default: all).")
    Integer maxRows;

    @Option(names = "--json", description = "Print {\"columns\": [...], \"rows\": [{...}]} instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        Usage.require(spec, maxRows == null || maxRows >= 0, "--max-rows must be 0 or more, not " + maxRows);
        Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((k, v) -> values.put(k, Output.parseValue(v)));
        try (var context = context()) {
            CypherRunner runner = context.getBean(CypherRunner.class);
            print(runner.run(query, values, !readOnly, maxRows == null ? Integer.MAX_VALUE : maxRows));
        }
        return ConveneCli.OK;
    }

    private void print(CypherResult result) {
        PrintWriter out = spec.commandLine().getOut();
        List<String> columns = result.columns();
        List<Map<String, Object>> rows = result.rows();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("columns", columns);
            doc.put("rows", rows);
            out.println(Output.json(doc));
        } else {
            if (Output.table(out, columns, rows)) spec.commandLine().getErr().println(
                    "convene: values longer than " + Output.MAX_CELL + " characters are cut (…) in the table; --json shows them whole");
            out.println(rows.size() == 1 ? "1 row" : rows.size() + " rows");
            if (!result.changes().isEmpty()) out.println(result.changes());
        }
        if (!result.nullParameters().isEmpty()) spec.commandLine().getErr().println("convene: " + result.nullParametersNote()
                + " Give a value with --param NAME=VALUE.");
        if (result.truncated()) {
            spec.commandLine().getErr().println("convene: more rows than --max-rows " + result.maxRows()
                    + "; only the first " + result.maxRows() + " are shown");
        }
        out.flush();
    }
}
