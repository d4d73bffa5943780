package org.convene.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.convene.ingest.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Roles on the real embedded graph: labelling, corrections that outlive re-imports and re-labelling, overrides. */
class RoleServiceTest extends GraphTestBase {

    @Autowired RoleService roles;
    @Autowired ImportService imports;
    @Autowired GraphDb db;
    @Autowired org.convene.graph.AccountLookup accounts;

    private static long nextPostId = 600000000000000000L;

    private static final String HEADER = "hashtags,id,content,description,user_mentions,firstpost_date,followers_count,"
            + "trackback_author_nick,trackback_permalink,url\n";

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:Account OR n:Post OR n:Hashtag OR n:Chat OR n:ChatSession OR n:RoleCorrection DETACH DELETE n");
    }

    /** Imports Topsy rows (handle, bio) through the real importer, one post each. */
    private void importBios(String... handleBio) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        long id = nextPostId += 1_000_000_000L; // later posts carry newer profiles
        for (int i = 0; i < handleBio.length; i += 2) {
            String h = handleBio[i];
            long post = id + i;
            csv.append("nhssm,").append(post).append(",\"Hello #nhssm\",\"").append(handleBio[i + 1]).append("\",,06/05/14,10,")
                    .append(h).append(",http://twitter.com/").append(h).append("/status/").append(post)
                    .append(",http://twitter.com/").append(h).append("/status/").append(post).append('\n');
        }
        Path file = Files.createTempFile("convene-roles-", ".csv");
        Files.writeString(file, csv);
        var summary = imports.importAll(List.of(ImportService.Source.of(file)), "topsy-csv", List.of());
        assertThat(summary.rejected()).isEmpty();
        Files.delete(file);
    }

    private Map<String, Object> account(String handle) {
        var r = db.read("""
                MATCH (a:Account {handleLower: toLower($h)})
                RETURN a.roles AS roles, a.primaryRole AS primary, a.rolesSource AS source,
                       COUNT { (a)-[:HAS_ROLE]->() } AS edges,
                       COLLECT { MATCH (a)-[h:HAS_ROLE]->(r:Role) RETURN r.key + ':' + h.source + ':' + h.primary ORDER BY r.key } AS hasRole,
                       COLLECT { MATCH (a)-[h:HAS_ROLE {primary: true}]->(r:Role) RETURN h.evidence }[0] AS evidence""",
                Map.of("h", handle)).getFirst();
        return r.asMap();
    }

    @Test
    void labelAllLabelsEveryAccountWithEvidence() throws Exception {
        importBios("RolesNurse1", "RGN and ward sister, views my own",
                "RolesNobody1", "I like handbags a lot!",
                "RolesFormer1", "Ex-nurse, now a journalist at the Gazette");
        var summary = roles.labelAll(RoleService.Progress.NONE);
        assertThat(summary.accounts()).isGreaterThanOrEqualTo(3);

        var nurse = account("RolesNurse1");
        assertThat(nurse.get("roles")).isEqualTo(List.of("nurse"));
        assertThat(nurse.get("primary")).isEqualTo("nurse");
        assertThat(nurse.get("source")).isEqualTo("rule");
        assertThat(nurse.get("evidence")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("RGN", "ward sister");
        assertThat(nurse.get("hasRole")).isEqualTo(List.of("nurse:rule:true"));

        assertThat(account("RolesNobody1").get("roles")).isEqualTo(List.of("unknown"));
        assertThat(account("RolesFormer1").get("roles")).isEqualTo(List.of("media"));

        // labelling again changes nothing and duplicates nothing
        roles.labelAll(RoleService.Progress.NONE);
        assertThat(account("RolesNurse1").get("edges")).isEqualTo(1L);
        assertThat(db.readLong("MATCH (r:Role) RETURN count(r)", Map.of())).isEqualTo(Role.values().length);
    }

    private String roleEdge(String handle) {
        return db.read("MATCH (:Account {handleLower: toLower($h)})-[h:HAS_ROLE]->() RETURN elementId(h) AS e",
                Map.of("h", handle)).getFirst().get("e").asString();
    }

    @Test
    void accountsWithNothingToLabelFromAreUnknownAndUnchangedAccountsAreNotRewritten() throws Exception {
        importBios("RolesBare1", "", "RolesBare2", "", "RolesPerson3", "Staff nurse on a surgical ward");
        var first = roles.labelAll(RoleService.Progress.NONE);
        var bare = account("RolesBare1");
        assertThat(bare.get("roles")).isEqualTo(List.of("unknown"));
        assertThat(bare.get("primary")).isEqualTo("unknown");
        assertThat(bare.get("source")).isEqualTo("rule");
        assertThat(bare.get("hasRole")).isEqualTo(List.of("unknown:rule:true"));
        assertThat(bare.get("evidence")).isEqualTo(List.of());
        assertThat(db.readLong("MATCH (:Account {handleLower: 'rolesbare2'})-[h:HAS_ROLE {confidence: 1.0}]->() "
                + "RETURN count(h)", Map.of())).isEqualTo(1);
        // what the labeller says for such an account, written through the general path, is the same
        assertThat(roles.labeller().label("RolesBare1", null, "")).singleElement()
                .satisfies(l -> assertThat(l.evidence()).isEmpty());
        assertThat(first.unchanged()).isZero();
        String bareEdge = roleEdge("RolesBare1");
        String personEdge = roleEdge("RolesPerson3");

        // again: nothing changed, nothing is rewritten
        var again = roles.labelAll(RoleService.Progress.NONE);
        assertThat(again.unchanged()).isEqualTo(again.accounts());
        assertThat(roleEdge("RolesBare1")).isEqualTo(bareEdge);
        assertThat(roleEdge("RolesPerson3")).isEqualTo(personEdge);

        // a new bio changes one account's labels: only that one is rewritten
        importBios("RolesPerson3", "Chief executive of a hospital trust");
        var third = roles.labelAll(RoleService.Progress.NONE);
        assertThat(third.unchanged()).isEqualTo(third.accounts() - 1);
        assertThat(account("RolesPerson3").get("roles")).isEqualTo(List.of("executive"));
        assertThat(account("RolesPerson3").get("edges")).isEqualTo(1L);
        assertThat(roleEdge("RolesBare1")).isEqualTo(bareEdge);
    }

    @Test
    void aCorrectionWinsAndSurvivesReimportAndRelabelling() throws Exception {
        importBios("RolesCarer1", "Mum, runner, ward sister");
        roles.labelAll(RoleService.Progress.NONE);
        assertThat(account("RolesCarer1").get("roles")).isEqualTo(List.of("nurse"));

        String id = accounts.byHandle("rolescarer1", "twitter").id();
        assertThat(roles.correct("twitter", id, List.of("nurse", "carer"), "carer", "tester")).isTrue();
        var corrected = account("RolesCarer1");
        assertThat(corrected.get("roles")).isEqualTo(List.of("carer", "nurse"));
        assertThat(corrected.get("primary")).isEqualTo("carer");
        assertThat(corrected.get("hasRole")).isEqualTo(List.of("carer:person:true", "nurse:person:false"));

        // a re-import with a new bio, then re-labelling: the person's roles stay
        importBios("RolesCarer1", "Chief executive of a hospital trust");
        assertThat(db.read("MATCH (a:Account {handleLower: 'rolescarer1'}) RETURN a.bio AS bio").getFirst().get("bio").asString())
                .startsWith("Chief executive");
        roles.labelAll(RoleService.Progress.NONE);
        assertThat(account("RolesCarer1").get("roles")).isEqualTo(List.of("carer", "nurse"));
        assertThat(account("RolesCarer1").get("source")).isEqualTo("person");

        var explained = roles.explain("twitter", id).orElseThrow();
        assertThat(explained.stored()).extracting(RoleLabel::source).containsOnly(RoleLabel.PERSON);
        assertThat(explained.rules()).extracting(RoleLabel::key).contains("executive");
        assertThat(explained.correction()).containsEntry("who", "tester");

        // even when the account is deleted and imported again, the stored correction comes back
        db.write("MATCH (a:Account {handleLower: 'rolescarer1'}) DETACH DELETE a");
        importBios("RolesCarer1", "Chief executive of a hospital trust");
        roles.labelAll(RoleService.Progress.NONE);
        assertThat(account("RolesCarer1").get("roles")).isEqualTo(List.of("carer", "nurse"));
    }

    @Test
    void overridesApplyAndBadLinesAreRejectedWithLineNumbers() throws Exception {
        importBios("RolesOver1", "Love books and cats", "RolesOver2", "Consultant cardiologist");
        roles.labelAll(RoleService.Progress.NONE);
        String csv = """
                handle,roles,primary,who,note
                RolesOver1,"patient,advocate",advocate,panel,she told us
                @RolesOver2,surgeon,,panel,
                RolesOver3,commissioner,,panel,not imported yet
                ,nurse,,panel,
                RolesOver2,"unknown,nurse",,panel,
                RolesOver2,doctor;researcher,researcher,panel,
                RolesOver4,,,panel,not labelled yet
                """;
        var summary = roles.importOverrides("overrides.csv", new StringReader(csv));
        assertThat(summary.rejected()).extracting(r -> r.line()).containsExactly(3L, 5L, 6L);
        assertThat(summary.unlabelled()).as("a row with no roles is skipped, not rejected").isOne();
        assertThat(summary.rejected().getFirst().reason()).contains("surgeon");
        assertThat(summary.rejected().getFirst().file()).isEqualTo("overrides.csv");
        assertThat(summary.stored()).isEqualTo(3);
        assertThat(summary.applied()).isEqualTo(2);
        assertThat(account("RolesOver1").get("roles")).isEqualTo(List.of("advocate", "patient"));
        assertThat(account("RolesOver2").get("roles")).isEqualTo(List.of("researcher", "doctor"));

        // the third applies once the account arrives
        importBios("RolesOver3", "Just me");
        roles.labelAll(RoleService.Progress.NONE);
        assertThat(account("RolesOver3").get("roles")).isEqualTo(List.of("commissioner"));
        assertThat(account("RolesOver3").get("source")).isEqualTo("person");
    }

    @Test
    void theDemoCollectionsAreLabelledWholly() throws Exception {
        for (String demo : List.of("demo/cancerchat-2014.csv", "demo/celiac-2014.csv")) {
            Path copy = Files.createTempFile("convene-", ".csv");
            try (var in = getClass().getClassLoader().getResourceAsStream(demo)) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            imports.importAll(List.of(ImportService.Source.of(copy)), null, List.of());
            Files.delete(copy);
        }
        long started = System.nanoTime();
        var summary = roles.labelAll(RoleService.Progress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        long accounts = db.readLong("MATCH (a:Account) RETURN count(a)", Map.of());
        System.out.printf("labelAll on the demo: %d accounts in %.1f s; primary roles %s%n", accounts, seconds, summary.primaryRoles());
        long t = System.nanoTime();
        var bios = db.read("MATCH (a:Account) RETURN a.handle AS h, a.name AS n, a.bio AS b");
        for (var r : bios) roles.labeller().label(r.get("h").asString(null), r.get("n").asString(null), r.get("b").asString(null));
        System.out.printf("rules alone: %.1f s; ", (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        roles.labelAll(RoleService.Progress.NONE);
        System.out.printf("labelAll again: %.1f s%n", (System.nanoTime() - t) / 1e9);
        assertThat(summary.accounts()).isEqualTo(accounts);
        // every account: roles with the primary first, exactly one primary HAS_ROLE, the same keys as a.roles
        assertThat(db.readLong("""
                MATCH (a:Account)
                WHERE a.roles IS NULL OR size(a.roles) = 0 OR a.primaryRole <> a.roles[0]
                   OR COUNT { (a)-[:HAS_ROLE {primary: true}]->() } <> 1
                   OR COLLECT { MATCH (a)-[:HAS_ROLE]->(r:Role) RETURN r.key ORDER BY r.key }
                      <> COLLECT { UNWIND a.roles AS k RETURN k ORDER BY k }
                RETURN count(a)""",
                Map.of())).isZero();
        assertThat(summary.primaryRoles()).containsKeys("unknown", "patient", "media", "organisation");
    }
}
