package org.convene.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convene.graph.GraphDb;
import org.convene.graph.ValueFormat;
import org.neo4j.driver.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "cypher", mixinStandardHelpOptions = true,
        description = "Run one Cypher query against the graph and print its rows.",
        footer = {"", "Example: convene cypher --param h=nhsengland \"MATCH (a:Account {handleLower: \\$h}) RETURN a.handle, a.bio\""})
class CypherCommand implements Callable<Integer> {

    @ParentCommand
    ConveneCommand parent;

    @Mixin
    GraphOptions graph;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The Cypher query.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A query parameter; VALUE is read as JSON when it parses (42, true, [1,2], \"x\"), else as text.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--read-only", description = "Run in a read transaction: the database refuses any write.")
    boolean readOnly;

    @Option(names = "--json", description = "Print {\"columns\": [...], \"rows\": [{...}]} instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((k, v) -> values.put(k, Output.parseValue(v)));
        try (var context = Launcher.context(graph, parent.springArgs)) {
            GraphDb db = context.getBean(GraphDb.class);
            List<Record> records = readOnly ? db.read(query, values) : db.write(query, values);
            print(records);
        }
        return ConveneCli.OK;
    }

    private void print(List<Record> records) {
        PrintWriter out = spec.commandLine().getOut();
        List<String> columns = records.isEmpty() ? List.of() : records.getFirst().keys();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Record r : records) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String c : columns) row.put(c, ValueFormat.plain(r.get(c)));
            rows.add(row);
        }
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("columns", columns);
            result.put("rows", rows);
            out.println(Output.json(result));
        } else {
            Output.table(out, columns, rows);
            out.println(rows.size() == 1 ? "1 row" : rows.size() + " rows");
        }
        out.flush();
    }
}
