package org.palpate.benchmark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-shot start-up through {@code ./palpate} (extracted jar + AppCDS) beside the plain fat jar, both on the JDK that
 * runs the benchmark (the launcher is told so with PALPATE_JDK, so a JDK 25 elsewhere on the machine is not used),
 * the two run in turn (A B A B ...) so that a machine whose speed drifts affects both alike; prints medians and the
 * ratio. Not a test: it asserts nothing and runs only with {@code ./mvnw -Pbenchmark test -Dtest=StartupBenchmarkTest},
 * after {@code ./mvnw package -DskipTests} (it uses the jar that build made). Run it on a quiet machine.
 */
@Tag("benchmark")
class StartupBenchmarkTest {

    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);
    private static final Path JAR = Path.of("target/palpate.jar");

    @TempDir
    Path home;

    @Test
    void launcherAgainstFatJar() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "build the jar first: ./mvnw package -DskipTests");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> fat = List.of(java, "-XX:TieredStopAtLevel=1", "-jar", JAR.toString());
        List<String> launcher = List.of("./palpate");
        run(launcher, "learner", "add", "Kim");
        run(launcher, "login", "Kim");
        run(launcher, "quiz", "start");
        System.out.printf("Java %s; %-12s %10s %10s %7s%n", System.getProperty("java.version"), "command", "launcher", "fat jar", "ratio");
        for (String[] command : new String[][] { { "help" }, { "whoami" }, { "quiz", "next" } }) {
            run(launcher, command); // warm-up: the first run of a build writes the archive
            run(fat, command);
            double[] a = new double[RUNS];
            double[] b = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                a[i] = run(launcher, command);
                b[i] = run(fat, command);
            }
            System.out.printf("%-12s %9.2fs %9.2fs %7.2f%n", String.join(" ", command), median(a), median(b), median(a) / median(b));
        }
    }

    /** Wall-clock seconds of one whole process. */
    private double run(List<String> base, String... args) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(base);
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(new File("/dev/null")).redirectError(new File("/dev/null"));
        builder.environment().put("PALPATE_HOME", home.toString());
        builder.environment().put("PALPATE_JDK", System.getProperty("java.home"));
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().write("bench-password\nbench-password\n".getBytes());
        process.getOutputStream().close();
        process.waitFor();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
