package org.convene.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.convene.GraphTestBase;
import org.convene.graph.GraphDb;
import org.convene.roles.RoleReview.Item;
import org.convene.roles.RoleReview.Sort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review queue and bulk corrections on the real embedded graph, labelled by the real rules. */
class RoleReviewTest extends GraphTestBase {

    @Autowired GraphDb db;
    @Autowired RoleService roles;
    @Autowired RoleReview review;

    @BeforeEach
    void accounts() {
        clean();
        db.write("""
                UNWIND $rows AS r
                CREATE (:Account {platform: 'fixture', id: r[0], handle: r[0], handleLower: toLower(r[0]), bio: r[1], followers: r[2]})""",
                Map.of("rows", List.of(
                        List.of("NurseJo", "Staff nurse RGN on a surgical ward", 10),
                        List.of("CatFan", "I like cats and long walks", 300),
                        List.of("TeaLover", "Gardening, tea and crosswords", 20),
                        List.of("WeatherDesk", "Local news and weather", 5000))));
        roles.labelAll(RoleService.Progress.NONE);
    }

    @AfterEach
    void clean() {
        db.write("MATCH (n) WHERE n:Account AND n.platform = 'fixture' OR n:RoleCorrection DETACH DELETE n");
    }

    @Test
    void queueHoldsUnknownAndLowConfidenceAccounts() {
        assertThat(review.count("")).isEqualTo(3);
        List<Item> all = review.page("", Sort.HANDLE, true, 0, 10);
        assertThat(all).extracting(Item::handle).containsExactly("CatFan", "TeaLover", "WeatherDesk");
        Item news = all.get(2);
        assertThat(news.roles()).containsExactly("media");
        assertThat(news.confidence()).isGreaterThanOrEqualTo(0.5).isLessThan(RoleReview.LOW_CONFIDENCE);
        assertThat(news.evidence()).contains("news");
        assertThat(all.get(0).roles()).containsExactly("unknown");
        assertThat(all.get(0).bio()).isEqualTo("I like cats and long walks");

        assertThat(review.page("", Sort.HANDLE, false, 0, 10)).extracting(Item::handle)
                .containsExactly("WeatherDesk", "TeaLover", "CatFan");
        assertThat(review.page("", Sort.FOLLOWERS, false, 0, 10)).extracting(Item::handle)
                .containsExactly("WeatherDesk", "CatFan", "TeaLover");
        assertThat(review.page("", Sort.CONFIDENCE, false, 0, 1)).extracting(Item::handle).containsExactly("WeatherDesk");
        assertThat(review.page("", Sort.HANDLE, true, 1, 1)).extracting(Item::handle).containsExactly("TeaLover");
    }

    @Test
    void anAccountKnownByItsIdAloneIsNotToReviewButIsFoundByIdAmongAll() {
        db.write("CREATE (:Account {platform: 'fixture', id: '880088'})");
        roles.labelAll(RoleService.Progress.NONE);
        assertThat(review.count("")).isEqualTo(3); // nothing to read: no handle, name or bio
        assertThat(review.count(RoleReview.Scope.ALL, "880088")).isEqualTo(1);
        assertThat(review.page(RoleReview.Scope.ALL, "880088", Sort.HANDLE, true, 0, 10)).extracting(Item::id)
                .containsExactly("880088");
    }

    @Test
    void filterLooksInHandleNameAndBio() {
        assertThat(review.count("CATS")).isEqualTo(1);
        assertThat(review.count("@tealover")).isEqualTo(1);
        assertThat(review.page("local news", Sort.HANDLE, true, 0, 10)).extracting(Item::handle).containsExactly("WeatherDesk");
        assertThat(review.count("nurse")).isZero(); // sure of its role: not in the queue
    }

    @Test
    void injectionThroughTheFilterIsJustText() {
        long before = db.readLong("MATCH (n) RETURN count(n)", Map.of());
        for (String attack : List.of("x'}) DETACH DELETE n //", "' OR 1=1 //", "\") MATCH (n) DETACH DELETE n //")) {
            assertThat(review.count(attack)).isZero();
            assertThat(review.page(attack, Sort.HANDLE, true, 0, 10)).isEmpty();
        }
        assertThat(db.readLong("MATCH (n) RETURN count(n)", Map.of())).isEqualTo(before);
    }

    @Test
    void bulkCorrectionStoresCorrectionsAndEmptiesTheQueue() {
        List<Item> unknown = review.page("", Sort.HANDLE, true, 0, 10).stream()
                .filter(i -> i.roles().equals(List.of("unknown"))).toList();
        assertThat(unknown).hasSize(2);
        var result = review.correctAll(unknown.stream().map(Item::ref).toList(), List.of("carer", "patient"), "carer", "tester");
        assertThat(result).isEqualTo(new RoleReview.BulkResult(2, 2));
        assertThat(db.readLong("MATCH (c:RoleCorrection {who: 'tester'}) WHERE c.roles = ['carer', 'patient'] RETURN count(c)",
                Map.of())).isEqualTo(2);
        assertThat(review.count("")).isEqualTo(1);
        // corrected accounts are found under their own scope, and every account under 'all'
        assertThat(review.count(RoleReview.Scope.CORRECTED, "")).isEqualTo(2);
        assertThat(review.page(RoleReview.Scope.CORRECTED, "cats", Sort.HANDLE, true, 0, 10)).extracting(Item::handle)
                .containsExactly("CatFan");
        assertThat(review.page(RoleReview.Scope.ALL, "nurse", Sort.HANDLE, true, 0, 10)).extracting(Item::handle)
                .containsExactly("NurseJo");
        assertThat(review.count(RoleReview.Scope.ALL, "a")).isEqualTo(4);

        // the same again changes no account's roles
        var again = review.correctAll(unknown.stream().map(Item::ref).toList(), List.of("patient"), "carer", "tester");
        assertThat(again).isEqualTo(new RoleReview.BulkResult(2, 0));
        // and re-labelling keeps them
        roles.labelAll(RoleService.Progress.NONE);
        assertThat(db.readLong("MATCH (a:Account {platform: 'fixture'}) WHERE a.primaryRole = 'carer' RETURN count(a)",
                Map.of())).isEqualTo(2);
    }
}
