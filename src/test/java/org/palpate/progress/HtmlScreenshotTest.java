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
        // the safety-critical table lists every critical question of the course, one line each (162 of 429 in the
        // bundled course: 28 pages); the bound grows with the course, at least 4 critical questions a page
        long critical = new org.palpate.curriculum.CurriculumLoader().load(Path.of("curriculum")).curriculum().questions().stream()
                .filter(org.palpate.curriculum.Question::critical).count();
        assertThat(text.split("/Type\\s*/Page[^s]", -1).length - 1).as("pages").isBetween(2, (int) (critical / 4 + 5));
    }

    /**
     * Measures the laid-out page in the browser (test copies only; the reports themselves have no script): content wider
     * than the page or than its card, a date broken over lines, chart text cut at the edge of its chart, and chart
     * labels on one baseline running into each other (closer than 4 px). Prints one line per problem into a pre element.
     */
    static final String MEASURE = """
            <pre id="palpate-measure">the script did not run</pre><script>
            (function () {
              var out = [], d = document.documentElement, GAP = 4;
              if (d.scrollWidth > d.clientWidth) out.push('page is ' + d.scrollWidth + ' px wide in a ' + d.clientWidth + ' px window');
              function name(e) { var h = e.closest('section') && e.closest('section').querySelector('h2'); return h ? h.textContent : e.className; }
              document.querySelectorAll('section, .scroll').forEach(function (e) {
                if (e.scrollWidth > e.clientWidth + 1) out.push('overflow in "' + name(e) + '": ' + e.scrollWidth + ' > ' + e.clientWidth);
              });
              var date = /^\\d{1,2} [A-Z][a-z]{2}( \\d{4})?,? \\d{2}:\\d{2}$/;
              document.querySelectorAll('td, small').forEach(function (e) {
                if (!date.test(e.textContent.trim())) return;
                var r = document.createRange(); r.selectNodeContents(e);
                var lines = new Set(Array.from(r.getClientRects()).map(function (x) { return Math.round(x.top); })).size;
                if (lines > 1) out.push('date "' + e.textContent + '" on ' + lines + ' lines in "' + name(e) + '"');
              });
              document.querySelectorAll('svg').forEach(function (svg) {
                var w = svg.viewBox.baseVal.width, rows = {};
                svg.querySelectorAll('text').forEach(function (t) {
                  var b = t.getBBox();
                  if (t.hasAttribute('transform')) return; // a rotated axis title: its box is not in the chart's frame
                  if (b.x < -0.5 || b.x + b.width > w + 0.5) out.push('text "' + t.textContent + '" cut at the edge of "' + svg.getAttribute('aria-label') + '"');
                  var y = t.getAttribute('y'); (rows[y] = rows[y] || []).push({ t: t.textContent, x: b.x, r: b.x + b.width });
                });
                Object.keys(rows).forEach(function (y) {
                  var row = rows[y].sort(function (a, b) { return a.x - b.x; });
                  for (var i = 1; i < row.length; i++) {
                    if (row[i].x < row[i - 1].r + GAP) out.push('"' + row[i - 1].t + '" runs into "' + row[i].t + '" in "' + svg.getAttribute('aria-label') + '"');
                  }
                });
              });
              document.getElementById('palpate-measure').textContent = 'MEASURED:\\n' + out.join('\\n');
            })();
            </script>
            """;

    /** The width of the print area of A4 with the reports' 11 mm side margins, in CSS pixels (188 mm at 96 px per inch). */
    static final int PRINT_WIDTH = 710;

    @Test
    void noReportOverflowsItsPageOrItsCardsOnScreenOrInPrint() throws Exception {
        Path chromium = chromium().orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed: nothing to measure");
        List<String> problems = new ArrayList<>();
        for (String report : List.of("learner", "cohort", "items")) {
            String html = Files.readString(OUT.resolve(report + ".html"));
            // print: the print rules applied on screen, in a window as wide as the printed page
            for (boolean print : List.of(false, true)) {
                String layout = print ? "print" : "screen";
                String page = (print ? html.replace("@media print {", "@media all {") : html).replace("</body>", MEASURE + "</body>");
                Path file = OUT.resolve(report + "-" + layout + "-measure.html");
                Files.writeString(file, page, StandardCharsets.UTF_8);
                String dom = dumpDom(chromium, "--window-size=" + (print ? PRINT_WIDTH : 1280) + ",1000", file.toUri().toString());
                int start = dom.indexOf("MEASURED:");
                assertThat(start).as(report + " " + layout + ": the measuring script ran").isGreaterThanOrEqualTo(0);
                dom.substring(start, dom.indexOf("</pre>", start)).lines().skip(1).filter(l -> !l.isBlank())
                        .forEach(l -> problems.add(report + " (" + layout + "): " + l));
            }
        }
        assertThat(problems).as("layout problems").isEmpty();
    }

    @Test
    void heatmapAndCompletionLabelsContrastWithTheirCells() throws IOException {
        String cohortPage = Files.readString(OUT.resolve("cohort.html"));
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile(
                "fill=\"(#[0-9a-f]{6})\"><title>[^<]*</title></rect><text [^>]*style=\"[^\"]*fill:(#[0-9a-f]{6})\"").matcher(cohortPage);
        int cells = 0;
        while (cell.find()) {
            cells++;
            assertThat(SvgHeatmap.contrast(cell.group(1), cell.group(2))).as(cell.group(2) + " on " + cell.group(1)).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(cells).as("labelled cells").isGreaterThan(100);
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

    /** The DOM after the page ran (Chromium's --dump-dom prints it on standard output). */
    private static String dumpDom(Path chromium, String... args) throws Exception {
        Path dom = Files.createTempFile("palpate-dom", ".html");
        try {
            List<String> all = new ArrayList<>(List.of("--dump-dom"));
            all.addAll(List.of(args));
            runTo(chromium, dom, all.toArray(String[]::new));
            return Files.readString(dom);
        } finally {
            Files.deleteIfExists(dom);
        }
    }

    private static void run(Path chromium, String... args) throws Exception {
        runTo(chromium, null, args);
    }

    private static void runTo(Path chromium, Path stdout, String... args) throws Exception {
        Path profile = Files.createTempDirectory("palpate-chromium");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (stdout == null) {
            builder.redirectErrorStream(true).redirectOutput(OUT.resolve("chromium.log").toFile());
        } else {
            builder.redirectOutput(stdout.toFile()).redirectError(OUT.resolve("chromium.log").toFile());
        }
        Process process = builder.start();
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
