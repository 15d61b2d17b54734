package org.palpate.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.palpate.demo.DemoSeeder;
import org.palpate.learner.LearnerRepository;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Each HTML report, on a simulated cohort over the bundled curriculum, as headless Chromium draws it: the screenshot
 * must exist and show ink, and the print version must make a PDF. The pictures stay in target/screenshots for a
 * person to look at. Skipped where Chromium is not installed (a machine with only a JDK).
 */
@PalpateTest
@TestPropertySource(properties = { "palpate.test.database=screenshots", "palpate.curriculum=curriculum" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlScreenshotTest {

    static final Path OUT = Path.of("target/screenshots");

    @Autowired
    DemoSeeder seeder;
    @Autowired
    LearnerReportService learners;
    @Autowired
    CohortReportService cohort;
    @Autowired
    ItemAnalysisService items;
    @Autowired
    LearnerRepository accounts;
    @Autowired
    java.time.Clock clock;

    @BeforeAll
    void cohort() throws IOException {
        seeder.seed(30, 90, 11, false);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("learner.html"), ReportHtml.learner(learners.build(accounts.findByName("demo-0005").orElseThrow()),
                clock.getZone()), StandardCharsets.UTF_8);
        Files.writeString(OUT.resolve("cohort.html"), ReportHtml.cohort(cohort.build(), clock.getZone()), StandardCharsets.UTF_8);
        Files.writeString(OUT.resolve("items.html"), ReportHtml.items(items.build(null), clock.getZone()), StandardCharsets.UTF_8);
    }

    @Test
    void everyReportDrawsReadableChartsOnScreen() throws Exception {
        Path chromium = chromium().orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed: no screenshots");
        for (String report : List.of("learner", "cohort", "items")) {
            Path png = OUT.resolve(report + ".png");
            Files.deleteIfExists(png);
            run(chromium, "--screenshot=" + png.toAbsolutePath(), "--window-size=1200,1600", OUT.resolve(report + ".html").toUri().toString());
            assertThat(png).as(report).exists();
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).as(report).isEqualTo(1200);
            assertThat(inkShare(image)).as(report + ": share of pixels with ink (text, bars, cells)").isGreaterThan(0.03);
        }
    }

    @Test
    void theLearnerReportPrintsToPdf() throws Exception {
        Path chromium = chromium().orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed: no PDF");
        Path pdf = OUT.resolve("learner.pdf");
        Files.deleteIfExists(pdf);
        run(chromium, "--print-to-pdf=" + pdf.toAbsolutePath(), "--no-pdf-header-footer", OUT.resolve("learner.html").toUri().toString());
        assertThat(pdf).exists();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        // the safety-critical table lists every critical question of the course (65 of 197): about a dozen pages
        assertThat(text.split("/Type\\s*/Page[^s]", -1).length - 1).as("pages").isBetween(2, 20);
    }

    /** Pixels clearly darker than the page and panel backgrounds. */
    static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                ink += Math.min(r, Math.min(g, b)) < 200 ? 1 : 0;
            }
        }
        return ink / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
    }

    static Optional<Path> chromium() {
        return Stream.of("chromium", "chromium-browser", "google-chrome").flatMap(name -> Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name))).filter(Files::isExecutable).findFirst();
    }

    private static void run(Path chromium, String... args) throws Exception {
        Path profile = Files.createTempDirectory("palpate-chromium");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(OUT.resolve("chromium.log").toFile()).start();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Chromium did not finish within 90 s: " + command);
            }
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
