package org.palpate.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.palpate.demo.DemoSeeder;
import org.palpate.learner.AccountService;
import org.palpate.progress.CohortReportService;
import org.palpate.progress.ItemAnalysisService;
import org.palpate.progress.ReportCsv;
import org.palpate.progress.ReportHtml;
import org.palpate.support.TempHome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * `./mvnw -Pbenchmark test`: seeds 1,000 simulated students with about 1,000,000 answers over the bundled curriculum
 * into a fresh H2 file database, then prints how long `report cohort` and `report items` take (the service plus
 * the HTML or CSV page; the median of 5 runs after a first, cold one, which is printed too). It prints figures and asserts nothing about time.
 * -Dbenchmark.learners and -Dbenchmark.days change the size.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "spring.shell.interactive.enabled=false", "palpate.curriculum=curriculum" })
@ContextConfiguration(initializers = TempHome.class)
class ReportBenchmarkTest {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    AccountService accounts;
    @Autowired
    CohortReportService cohort;
    @Autowired
    ItemAnalysisService items;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    @Test
    void reportsOverAThousandStudentsAndAMillionAnswers() {
        int learners = Integer.getInteger("benchmark.learners", 1000);
        int days = Integer.getInteger("benchmark.days", 90); // about a million answers on the 197-question course
        DemoSeeder.Result seeded = seeder.seed(learners, days, 42, false);
        print(String.format(Locale.ROOT, "seeded %,d students, %,d answers over %d days in %.1f s", seeded.learners(), seeded.reviews(),
                seeded.days(), seeded.took().toMillis() / 1000.0));
        accounts.login(DemoSeeder.INSTRUCTOR, DemoSeeder.PASSWORD.toCharArray());
        measure("report cohort (service + html)", () -> ReportHtml.cohort(cohort.report(), clock.getZone()).length());
        measure("report cohort (service + csv)", () -> ReportCsv.cohort(cohort.report()).length());
        measure("report items (service + html)", () -> ReportHtml.items(items.report(null), clock.getZone()).length());
        measure("report items (service + csv)", () -> ReportCsv.items(items.report(null)).length());
    }

    private void measure(String label, Supplier<Integer> work) {
        List<Long> times = new ArrayList<>();
        long first = 0;
        for (int run = 0; run < 6; run++) {
            // H2 may reuse the result of an identical query on unchanged tables: touch the log so each run reads it.
            jdbc.sql("UPDATE review_log SET response_ms = response_ms WHERE id = (SELECT MIN(id) FROM review_log)").update();
            long start = System.nanoTime();
            work.get();
            long took = System.nanoTime() - start;
            if (run > 0) {
                times.add(took);
            } else {
                first = took;
            }
        }
        times.sort(null);
        print(String.format(Locale.ROOT, "%-32s median %6.0f ms of 5 (min %.0f, max %.0f; first, cold run %.0f ms)", label,
                times.get(times.size() / 2) / 1e6, times.get(0) / 1e6, times.get(times.size() - 1) / 1e6, first / 1e6));
    }

    private static void print(String line) {
        System.out.println("[benchmark] " + line);
    }
}
