package org.palpate.benchmark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./mvnw -Pbenchmark test -Dtest=SessionMemoryBenchmarkTest} (after {@code ./mvnw package -DskipTests}): an
 * interactive {@code ./palpate} shell, typed to through its standard input, answers 200 questions ({@code quiz next},
 * {@code quiz answer}); then its peak resident memory (VmHWM in /proc, Linux) is printed. Asserts nothing.
 */
@Tag("benchmark")
class SessionMemoryBenchmarkTest {

    private static final int ANSWERS = 200;

    @TempDir
    Path home;

    @Test
    void peakMemoryOfAnInteractiveSessionAfter200Answers() throws Exception {
        assumeTrue(Files.isRegularFile(Path.of("target/palpate.jar")), "build the jar first: ./mvnw package -DskipTests");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "reads /proc (Linux)");
        GeneratedCurriculum curriculum = GeneratedCurriculum.write(home.resolve("course"), 1, 300);
        String course = "--curriculum=" + curriculum.dir();
        oneShot("pw-for-bench\npw-for-bench\n", course, "learner", "add", "Kim");
        oneShot("pw-for-bench\n", course, "login", "Kim"); // also leaves the class archive written for the shell below

        Path out = home.resolve("shell-out.txt");
        Process shell = start(List.of("./palpate", course)).redirectOutput(out.toFile()).redirectError(home.resolve("shell-err.txt").toFile()).start();
        long started = System.nanoTime();
        try (OutputStream in = shell.getOutputStream()) {
            type(in, "quiz start --module m1 --count " + ANSWERS + " --mode practice");
            for (int i = 0; i < ANSWERS; i++) {
                type(in, "quiz next");
                type(in, "quiz answer " + (i % 3 != 0)); // about two in three right; wrong ones come back
            }
            while (answered(out) < ANSWERS && shell.isAlive() && System.nanoTime() - started < TimeUnit.MINUTES.toNanos(10)) {
                Thread.sleep(200);
            }
            String status = Files.readString(Path.of("/proc/" + shell.pid() + "/status"));
            print("%d answers typed into one interactive shell in %.1f s", answered(out), (System.nanoTime() - started) / 1e9);
            print("peak resident memory (VmHWM) %s; resident now (VmRSS) %s", field(status, "VmHWM"), field(status, "VmRSS"));
            type(in, "exit");
        }
        shell.waitFor(60, TimeUnit.SECONDS);
    }

    private static void type(OutputStream in, String line) throws IOException {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static long answered(Path out) throws IOException {
        String text = Files.readString(out);
        return text.split("Recorded as", -1).length - 1;
    }

    private static String field(String status, String name) {
        return status.lines().filter(l -> l.startsWith(name + ":")).findFirst().map(l -> l.substring(name.length() + 1).strip()).orElse("?");
    }

    private void oneShot(String stdin, String... args) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of("./palpate"));
        line.addAll(List.of(args));
        Process process = start(line).redirectOutput(home.resolve("one-shot.txt").toFile()).redirectErrorStream(true).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        process.waitFor(120, TimeUnit.SECONDS);
    }

    private ProcessBuilder start(List<String> line) {
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().put("PALPATE_HOME", home.toString());
        builder.environment().put("PALPATE_JDK", System.getProperty("java.home")); // the JDK that runs the benchmark
        return builder;
    }

    private static void print(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
