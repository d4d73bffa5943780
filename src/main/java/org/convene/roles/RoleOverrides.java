package org.convene.roles;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.convene.ingest.Rejected;

/**
 * A CSV of corrections, one account a line: {@code handle} or {@code id} (with optional {@code platform},
 * default twitter), {@code roles} (e.g. "nurse,carer", quoted, or "nurse;carer"), optional {@code primary},
 * {@code who} and {@code note}. A bad line is set aside with its line number; the others are kept. A row with
 * no roles is skipped and counted.
 */
public final class RoleOverrides {

    /**
     * {@code unlabelled}: rows whose {@code roles} are empty, counted rather than rejected, since a sample being
     * labelled (see {@link RoleSample}) has rows the person has not reached yet.
     */
    public record Result(List<RoleCorrection> corrections, List<Rejected> rejected, int unlabelled) {}

    private RoleOverrides() {}

    public static Result read(String fileName, Reader in, String defaultWho) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setCommentMarker('#').get();
        List<RoleCorrection> corrections = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        int unlabelled = 0;
        try (CSVParser parser = CSVParser.parse(in, format)) {
            var header = parser.getHeaderMap().keySet().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.contains("roles") || !(header.contains("handle") || header.contains("id"))) {
                rejected.add(new Rejected(fileName, 1, "not a role overrides CSV: need columns roles and handle or id, got " + header));
                return new Result(corrections, rejected, 0);
            }
            var rows = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord row;
                try {
                    if (!rows.hasNext()) break;
                    row = rows.next();
                } catch (RuntimeException e) { // a broken quote: commons-csv cannot resynchronise
                    rejected.add(new Rejected(fileName, line, "unreadable CSV, the rest of the file cannot be read"));
                    break;
                }
                if (field(row, parser.getHeaderNames(), "roles") == null) {
                    unlabelled++;
                    continue;
                }
                try {
                    corrections.add(correction(row, parser.getHeaderNames(), defaultWho));
                } catch (IllegalArgumentException e) {
                    rejected.add(new Rejected(fileName, line, e.getMessage()));
                }
            }
        }
        return new Result(corrections, rejected, unlabelled);
    }

    private static RoleCorrection correction(CSVRecord row, List<String> header, String defaultWho) {
        String platform = field(row, header, "platform");
        String id = field(row, header, "id");
        String handle = field(row, header, "handle");
        if (handle != null) handle = handle.replaceFirst("^@", "");
        if (id == null && handle == null) throw new IllegalArgumentException("no handle or id");
        if (handle != null && !handle.matches("[A-Za-z0-9_.@:-]{1,100}")) {
            throw new IllegalArgumentException("'" + handle + "' is not a handle");
        }
        List<Role> roles = RoleCorrection.parseRoles(field(row, header, "roles"), field(row, header, "primary"));
        String who = field(row, header, "who");
        return new RoleCorrection(platform == null ? "twitter" : platform.toLowerCase(Locale.ROOT),
                id != null ? id : "@" + handle.toLowerCase(Locale.ROOT), handle, roles,
                who == null ? defaultWho : who, field(row, header, "note"));
    }

    private static String field(CSVRecord row, List<String> header, String column) {
        for (String name : header) {
            if (name.equalsIgnoreCase(column) && row.isSet(name)) {
                String v = row.get(name).strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
