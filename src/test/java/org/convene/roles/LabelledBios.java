package org.convene.roles;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The hand-labelled fixture {@code roles/labelled-bios.csv} (see roles/README.md for how it was made). */
record LabelledBios(String platform, String id, String handle, String bio, List<Role> roles, Role primary,
                    String sample, String split, String note) {

    static List<LabelledBios> load() throws IOException {
        return load("roles/labelled-bios.csv");
    }

    /** A file of the same columns, such as a second annotator's labels of one split. */
    static List<LabelledBios> load(String resource) throws IOException {
        var in = LabelledBios.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing " + resource);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<LabelledBios> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord r : parser) {
                List<Role> roles = Arrays.stream(r.get("roles").split("\\s+")).map(Role::of).toList();
                rows.add(new LabelledBios(r.get("platform"), r.get("id"), r.get("handle"), r.get("bio"), roles,
                        Role.of(r.get("primary")), r.get("sample"), r.get("split"), r.get("note")));
            }
        }
        return rows;
    }

    Set<Role> roleSet() {
        return new LinkedHashSet<>(roles);
    }
}
