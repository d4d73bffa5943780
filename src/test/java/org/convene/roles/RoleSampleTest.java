package org.convene.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.convene.ingest.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Drawing a sample to label from the real embedded graph, writing it, and measuring it half labelled. */
class RoleSampleTest extends GraphTestBase {

    @Autowired RoleSample sampler;
    @Autowired RoleEvaluator evaluator;
    @Autowired ImportService imports;
    @Autowired GraphDb db;

    @BeforeEach
    void importAccounts() throws Exception {
        StringBuilder csv = new StringBuilder("hashtags,id,content,description,user_mentions,firstpost_date,followers_count,trackback_author_nick,trackback_permalink,url\n");
        for (int i = 0; i < 30; i++) {
            String tag = i < 20 ? "nhssm" : "wenurses";
            String bio = i % 10 == 9 ? "" : "\"RGN on ward " + i + ",\nviews my own\""; // every tenth has no bio
            String url = "http://twitter.com/Sample" + i + "/status/70000000000000" + (1000 + i);
            csv.append(tag).append(",70000000000000").append(1000 + i).append(",\"Hi #").append(tag).append("\",")
                    .append(bio).append(",,06/05/14,10,Sample").append(i).append(',').append(url).append(',').append(url).append('\n');
        }
        Path file = Files.createTempFile("convene-sample-", ".csv");
        Files.writeString(file, csv);
        assertThat(imports.importAll(List.of(ImportService.Source.of(file)), "topsy-csv", List.of()).rejected()).isEmpty();
        Files.delete(file);
    }

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession DETACH DELETE n");
    }

    @Test
    void drawsAccountsWithABioAtRandomAndTheSameAgainForTheSameSeed() {
        List<RoleSample.Account> sample = sampler.draw(10, null, 7);
        assertThat(sample).hasSize(10).allSatisfy(a -> assertThat(a.bio()).startsWith("RGN on ward"));
        assertThat(sample).extracting(RoleSample.Account::handle).doesNotHaveDuplicates();
        assertThat(sampler.draw(10, null, 7)).isEqualTo(sample);
        assertThat(handles(sampler.draw(10, null, 8))).isNotEqualTo(handles(sample));
        // 27 of the 30 have a bio: asking for more gives them all
        assertThat(sampler.draw(100, null, 7)).hasSize(27);
    }

    @Test
    void aChatLimitsTheSampleToItsParticipants() {
        List<RoleSample.Account> sample = sampler.draw(100, "#WeNurses", 1);
        assertThat(handles(sample)).hasSize(9).allSatisfy(h -> assertThat(Integer.parseInt(h.substring(6))).isBetween(20, 28));
        assertThat(sampler.draw(5, "nosuchchat", 1)).isEmpty();
        assertThatThrownBy(() -> sampler.draw(0, null, 1)).hasMessageContaining("1 to 2000");
    }

    @Test
    void aSampleWrittenAsCsvIsMeasuredAsFarAsItIsLabelled() throws Exception {
        StringWriter out = new StringWriter();
        RoleSample.write(sampler.draw(6, null, 3), out);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).hasSize(6).allSatisfy(r -> {
            assertThat(r.get("roles")).isEmpty();
            assertThat(r.get("bio")).doesNotContain("\n").contains("views my own");
        });
        // the person labels the first two rows only: one as the rules would, one not
        String labelled = out.toString().lines().limit(1).collect(Collectors.joining("\n")) + "\n"
                + label(rows.get(0), "nurse") + label(rows.get(1), "doctor")
                + out.toString().lines().skip(3).collect(Collectors.joining("\n")) + "\n";

        RoleEvaluator.Result result = evaluator.evaluate("sample.csv", new StringReader(labelled));

        assertThat(result.rejected()).isEmpty();
        assertThat(result.unlabelled()).isEqualTo(4);
        assertThat(result.evaluation().accounts()).isEqualTo(2);
        assertThat(result.evaluation().perRole().get(Role.NURSE)).isEqualTo(new RoleEvaluation.Counts(1, 1, 0));
        assertThat(result.evaluation().perRole().get(Role.DOCTOR)).isEqualTo(new RoleEvaluation.Counts(0, 0, 1));
    }

    private static String label(CSVRecord row, String roles) {
        return String.join(",", row.get("platform"), row.get("id"), row.get("handle"), roles, "x", "x") + "\n";
    }

    private static Set<String> handles(List<RoleSample.Account> sample) {
        return sample.stream().map(RoleSample.Account::handle).collect(Collectors.toSet());
    }
}
