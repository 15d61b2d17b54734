package org.palpate.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.palpate.demo.DemoSeeder;
import org.palpate.learner.LearnerRepository;
import org.palpate.progress.ItemAnalysis.ChoiceCount;
import org.palpate.progress.ItemAnalysis.Item;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** What must hold of the reports on any cohort: random demo cohorts, one seed per case (the seed is in every message). */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=demo-invariants")
class DemoReportInvariantsTest {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    ItemAnalysisService items;
    @Autowired
    CohortReportService cohort;
    @Autowired
    LearnerReportService learners;
    @Autowired
    LearnerRepository accounts;
    @Autowired
    JdbcClient jdbc;

    static LongStream seeds() {
        return LongStream.of(1, 2, 3, 17, 42, 1234);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reportsAgreeWithTheLog(long seed) {
        int students = 5 + (int) (seed % 11);
        DemoSeeder.Result seeded = seeder.seed(students, 20 + (int) (seed % 50), seed, false);
        String where = "seed " + seed;
        int reviews = jdbc.sql("SELECT COUNT(*) FROM review_log").query(Integer.class).single();
        assertThat(reviews).as(where).isEqualTo((int) seeded.reviews());

        ItemAnalysis analysis = items.build(null);
        assertThat(analysis.items().stream().mapToInt(Item::attempts).sum()).as(where).isEqualTo(reviews);
        for (Item i : analysis.items()) {
            String it = where + ", " + i.questionId();
            assertThat(i.firstAttempts()).as(it).isLessThanOrEqualTo(students);
            if (i.facility() != null) {
                assertThat(i.facility()).as(it).isBetween(0.0, 1.0);
            }
            if (i.discrimination() != null) {
                assertThat(i.discrimination()).as(it).isBetween(-1.0 - 1e-12, 1.0 + 1e-12);
            }
            if (i.upperLower() != null) {
                assertThat(i.upperLower()).as(it).isBetween(-1.0, 1.0);
            }
            if (i.type().equals("single") || i.type().equals("true-false")) {
                assertThat(i.choices().stream().mapToInt(ChoiceCount::picks).sum()).as(it + ": one pick per first attempt").isEqualTo(i.firstAttempts());
            }
            if (i.meanSeconds() != null) {
                assertThat(i.meanSeconds()).as(it).isBetween(0.0, 60.0);
            }
        }

        CohortReport report = cohort.build();
        assertThat(report.learners()).as(where).hasSize(students);
        for (CohortReport.LearnerRow row : report.learners()) {
            assertThat(row.mastery()).as(where).allSatisfy(m -> assertThat(m).isBetween(0.0, 1.0));
            assertThat(row.overall()).as(where).isBetween(0.0, 1.0);
            assertThat(row.reasons().isEmpty()).as(where).isEqualTo(report.atRisk().stream().noneMatch(a -> a.name().equals(row.name())));
        }
        for (CohortReport.ModuleCompletion c : report.completion()) {
            assertThat(c.mastered()).as(where).isLessThanOrEqualTo(c.started());
            assertThat(c.started()).as(where).isLessThanOrEqualTo(c.learners());
        }

        var student = accounts.findByName(DemoSeeder.PREFIX + String.format("%04d", 1 + (int) (seed % students))).orElseThrow();
        LearnerReport mine = learners.build(student);
        String who = where + ", " + student.name();
        assertThat(mine.calendar().stream().mapToInt(LearnerReport.StudyDayStats::reviews).sum()).as(who).isEqualTo(mine.reviews());
        int cards = jdbc.sql("SELECT COUNT(*) FROM card WHERE learner_id = ?").param(student.id()).query(Integer.class).single();
        assertThat(mine.forecast().stream().mapToInt(LearnerReport.DayCount::count).sum()).as(who).isLessThanOrEqualTo(cards);
        assertThat(mine.retention()).as(who).allSatisfy(b -> assertThat(b.recalled()).isLessThanOrEqualTo(b.reviews()));
        assertThat(mine.streak().current()).as(who).isLessThanOrEqualTo(mine.streak().longest());
        assertThat(mine.streak().daysStudied()).as(who).isEqualTo(mine.calendar().size());
        assertThat(mine.weakest()).as(who + ": weakest on the horizon first").isSortedAccordingTo(
                java.util.Comparator.comparingDouble(LearnerReport.WeakItem::recallOnHorizon));
        assertThat(mine.readiness()).as(who).isBetween(0.0, 1.0);
    }
}
