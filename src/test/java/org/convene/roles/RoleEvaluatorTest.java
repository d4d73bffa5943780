package org.convene.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.convene.ingest.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Measuring the rules on accounts of the real embedded graph that a person labelled. */
class RoleEvaluatorTest extends GraphTestBase {

    @Autowired RoleEvaluator evaluator;
    @Autowired RoleService roles;
    @Autowired ImportService imports;
    @Autowired GraphDb db;

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession OR n:RoleCorrection DETACH DELETE n");
    }

    @Test
    void scoresTheRulesAgainstAPersonsLabelsAndIgnoresStoredCorrections() throws Exception {
        Path file = Files.createTempFile("convene-eval-", ".csv");
        Files.writeString(file, """
                hashtags,id,content,description,user_mentions,firstpost_date,followers_count,trackback_author_nick,trackback_permalink,url
                nhssm,700000000000000001,"Hi #nhssm","RGN and ward sister, views my own",,06/05/14,10,EvalNurse,http://twitter.com/EvalNurse/status/700000000000000001,http://twitter.com/EvalNurse/status/700000000000000001
                nhssm,700000000000000002,"Hi #nhssm","Mum of two and carer for my dad",,06/05/14,10,EvalCarer,http://twitter.com/EvalCarer/status/700000000000000002,http://twitter.com/EvalCarer/status/700000000000000002
                nhssm,700000000000000003,"Hi #nhssm","Lover of cake",,06/05/14,10,EvalBaker,http://twitter.com/EvalBaker/status/700000000000000003,http://twitter.com/EvalBaker/status/700000000000000003
                """);
        assertThat(imports.importAll(List.of(ImportService.Source.of(file)), "topsy-csv", List.of()).rejected()).isEmpty();
        Files.delete(file);
        // a stored correction must not count: the evaluation is of the rules
        roles.importOverrides("fix.csv", new StringReader("handle,roles\nEvalCarer,nurse\n"));

        var result = evaluator.evaluate("gold.csv", new StringReader("""
                handle,roles
                @evalnurse,nurse
                EvalCarer,"carer,patient"
                EvalBaker,organisation
                NotImported,doctor
                EvalNurse,astronaut
                """));

        RoleEvaluation e = result.evaluation();
        assertThat(e.accounts()).isEqualTo(3);
        assertThat(result.notFound()).containsExactly("@NotImported");
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(6);
            assertThat(r.reason()).contains("astronaut");
        });
        assertThat(e.perRole().get(Role.NURSE)).isEqualTo(new RoleEvaluation.Counts(1, 0, 0));
        assertThat(e.perRole().get(Role.CARER)).isEqualTo(new RoleEvaluation.Counts(1, 0, 0));
        assertThat(e.perRole().get(Role.PATIENT)).isEqualTo(new RoleEvaluation.Counts(0, 0, 1));
        assertThat(e.perRole().get(Role.ORGANISATION)).isEqualTo(new RoleEvaluation.Counts(0, 0, 1));
        assertThat(e.overall()).isEqualTo(new RoleEvaluation.Counts(2, 0, 2));
        assertThat(e.differences()).extracting(RoleEvaluation.Difference::handle).containsExactly("EvalCarer", "EvalBaker");
    }
}
