package org.convene.collect;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.cli.CliRun;
import org.convene.graph.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code convene collect} as a user types it, as a second Convene against the test database's Bolt port. */
class CollectCommandTest extends CollectTestBase {

    @Autowired EmbeddedNeo4j server;


    private CliRun run(String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--uri", server.boltUri().toString(), "--user", "neo4j", "--password",
                server.password()}, 0, all, args.length, 6);
        return CliRun.of(all);
    }

    @Test
    void collectOnceFromAMastodonInstance() throws Exception {
        api = new RecordedApi(MastodonCollectTest::timeline);
        CliRun r = run("collect", "mastodon", "--tag", "#nhssm", "--instance", api.url() + "/", "--once", "--chat", "nhssm");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Mastodon #nhssm: poll 1, page 1: ", "Mastodon #nhssm: poll 1, page 2: ");
        assertThat(r.out()).containsPattern("Collected \\d+ posts in 2 pages from mastodon #nhssm \\(" + api.url() + "\\); 0 rejected");
        assertThat(count("MATCH (s:CollectState {source: 'mastodon', endpoint: '" + api.url() + "', tag: 'nhssm'}) RETURN count(s)"))
                .isEqualTo(1);

        CliRun again = run("collect", "mastodon", "--tag", "nhssm", "--instance", api.url(), "--once", "--json");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("\"posts\":0", "\"pages\":1", "\"phase\":\"finished\"");
        assertThat(api.requests.getLast().params()).containsEntry("since_id", MastodonCollectTest.NEWEST);
    }

    @Test
    void aMissingTwitterTokenIsAPlainMessage() {
        CliRun r = run("collect", "twitter", "--tag", "nhssm", "--once");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("convene: Twitter v2 recent search needs a bearer token")
                .contains("CONVENE_TWITTER_BEARER_TOKEN").doesNotContain("\tat ");
    }

    @Test
    void anUnknownSiteOrModeClashIsRefused() {
        assertThat(run("collect", "myspace", "--tag", "nhssm").err()).contains("Unknown site 'myspace'");
        assertThat(run("collect", "bluesky", "--tag", "nhssm", "--once", "--until-stopped").code()).isEqualTo(2);
    }
}
