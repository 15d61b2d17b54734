package org.palpate.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.palpate.curriculum.CurriculumService;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.quiz.RecordedReviews;
import org.palpate.scheduling.Rating;
import org.palpate.support.Accounts;
import org.palpate.support.PalpateTest;
import org.palpate.support.TestBeans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Once a curriculum is published, progress and reports count only answers graded against a published version: answers
 * graded against a local folder (a student's own answer keys) do not raise anyone's mastery or counts.
 */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=counted-reviews")
class CountedReviewsTest {

    @Autowired
    AccountService accounts;
    @Autowired
    RecordedReviews recorded;
    @Autowired
    CurriculumService curricula;
    @Autowired
    ProgressService progress;
    @Autowired
    LearnerReportService learnerReports;
    @Autowired
    CohortReportService cohort;

    @Test
    void reviewsGradedAgainstALocalCurriculumStopCountingOncePublished() {
        Learner alice = Accounts.student(accounts, "alice");
        recorded.right(alice, "b-single", Rating.GOOD, TestBeans.START.minusSeconds(600), 4000);
        recorded.right(alice, "b-tf", Rating.GOOD, TestBeans.START.minusSeconds(500), 4000);
        assertThat(progress.of(alice).reviews()).as("nothing published: every review counts").isEqualTo(2);
        assertThat(seen(progress.of(alice))).isEqualTo(2);

        long version = curricula.publish(Accounts.TEACHER).number();
        assertThat(progress.of(alice).reviews()).isZero();
        assertThat(seen(progress.of(alice))).isZero();

        recorded.rightAgainst(version, alice, "b-tf", Rating.GOOD, TestBeans.START.minusSeconds(400));
        assertThat(progress.of(alice).reviews()).isEqualTo(1);
        assertThat(seen(progress.of(alice))).isEqualTo(1);
        assertThat(learnerReports.of("alice").reviews()).isEqualTo(1);
        CohortReport.LearnerRow row = cohort.report().learners().stream().filter(l -> l.name().equals("alice")).findFirst().orElseThrow();
        assertThat(row.reviewsLast7Days()).isEqualTo(1);
    }

    private static int seen(ProgressReport report) {
        return report.modules().stream().mapToInt(ProgressReport.ModuleProgress::seen).sum();
    }
}
