package org.palpate.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.curriculum.CurriculumLoader;
import org.palpate.curriculum.LoadResult;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * {@code ./mvnw -Pbenchmark test -Dtest=CurriculumBenchmarkTest}: loads and validates a generated curriculum of
 * 10,000 questions (20 modules of 500) as a command does, beside the floor: reading the same files and parsing
 * their YAML alone, with the parser Palpate uses, into node trees. Each is run 11 times, alternating; the first run
 * (cold code), the median of the other 10 and the median ratio of their pairs are printed. It asserts only that the
 * curriculum loaded, not the time.
 */
@Tag("benchmark")
class CurriculumBenchmarkTest {

    /** The first run of each is cold (and the load, run first, also warms the parser up for the parse alone). */
    private static final int RUNS = 11;

    @TempDir
    Path dir;

    @Test
    void loadAndValidateTenThousandQuestions() throws IOException {
        int modules = Integer.getInteger("benchmark.modules", 20);
        GeneratedCurriculum curriculum = GeneratedCurriculum.write(dir.resolve("course"), modules, 500);
        List<Long> load = new ArrayList<>();
        List<Long> parse = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            LoadResult result = new CurriculumLoader().load(curriculum.dir());
            load.add(System.nanoTime() - start);
            assertThat(result.errors()).isEmpty();
            assertThat(result.curriculum().questions()).hasSize(curriculum.questions());
            start = System.nanoTime();
            int nodes = parseAlone(curriculum.dir());
            parse.add(System.nanoTime() - start);
            assertThat(nodes).isPositive();
        }
        print("curriculum of %,d questions in %d files", curriculum.questions(), files(curriculum.dir()).size());
        print("%-34s first %6.0f ms, median of 10 %6.0f ms", "load + validate (CurriculumLoader)", ms(load.get(0)), median(load));
        print("%-34s first %6.0f ms, median of 10 %6.0f ms", "read + parse the YAML alone", ms(parse.get(0)), median(parse));
        List<Long> ratios = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            ratios.add(Math.round(1e6 * load.get(run) / parse.get(run))); // per pair, in millionths: median() divides by 1e6
        }
        print("%-34s first %6.2f, median of the warm pairs %6.2f", "ratio load / parse", ms(load.get(0)) / ms(parse.get(0)), median(ratios));
    }

    /** The floor: every YAML file read and composed into nodes (lessons are Markdown with a YAML header: whole text). */
    private static int parseAlone(Path dir) throws IOException {
        int documents = 0;
        for (Path file : files(dir)) {
            String text = Files.readString(file);
            if (file.toString().endsWith(".md")) {
                int end = text.indexOf("\n---", 4);
                text = end < 0 ? "" : text.substring(4, end);
            }
            LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).build();
            if (new Compose(settings).composeString(text).isPresent()) {
                documents++;
            }
        }
        return documents;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static double median(List<Long> runs) {
        List<Long> warm = new ArrayList<>(runs.subList(1, runs.size()));
        warm.sort(null);
        return ms(warm.get(warm.size() / 2));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void print(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
