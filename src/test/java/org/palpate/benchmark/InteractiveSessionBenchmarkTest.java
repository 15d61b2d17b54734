package org.palpate.benchmark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./mvnw -Pbenchmark test -Dtest=InteractiveSessionBenchmarkTest} (after {@code ./mvnw package -DskipTests}):
 * an interactive {@code ./palpate} shell, typed to through its standard input one line at a time, runs {@code study}
 * on a quiz of 200 questions and answers them (two in three right, Enter to rate). For each answer it measures, as
 * the learner sees it, the time from the line sent to the shell until the verdict's rating prompt is printed, and from
 * the Enter that rates it until the next question is printed; it prints their p50, p99 and maximum,
 * then the shell's peak resident memory (VmHWM in /proc, Linux). Asserts nothing.
 */
@Tag("benchmark")
class InteractiveSessionBenchmarkTest {

    private static final int ANSWERS = 200;
    /** Printed once per question shown (the verdict repeats "Your answer: ", so the prompt cannot be the marker). */
    private static final String QUESTION = "Generated statement number ";
    private static final String RATING_PROMPT = "Enter = ";
    private static final Pattern STATEMENT = Pattern.compile("Generated statement number (\\d+) of module m1");
    private static final long WAIT = TimeUnit.SECONDS.toNanos(60);

    @TempDir
    Path home;

    @Test
    void answerLatencyAndPeakMemoryOf200AnswersInStudy() throws Exception {
        assumeTrue(Files.isRegularFile(Path.of("target/palpate.jar")), "build the jar first: ./mvnw package -DskipTests");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "reads /proc (Linux)");
        GeneratedCurriculum curriculum = GeneratedCurriculum.write(home.resolve("course"), 1, 300);
        String course = "--curriculum=" + curriculum.dir();
        oneShot("pw-for-bench\npw-for-bench\n", course, "learner", "add", "Kim");
        oneShot("pw-for-bench\n", course, "login", "Kim"); // also leaves the class archive written for the shell below
        oneShot("", course, "quiz", "start", "--module", "m1", "--count", String.valueOf(ANSWERS), "--mode", "practice");

        Process shell = start(List.of("./palpate", course)).redirectError(home.resolve("shell-err.txt").toFile()).start();
        Transcript out = Transcript.of(shell);
        List<Long> verdicts = new ArrayList<>();
        List<Long> nextQuestions = new ArrayList<>();
        long started = System.nanoTime();
        try (OutputStream in = shell.getOutputStream()) {
            type(in, "study");
            out.await(QUESTION, 1);
            for (int i = 1; i <= ANSWERS; i++) {
                Matcher shown = STATEMENT.matcher(out.since(out.lastIndexOf(QUESTION)));
                boolean right = i % 3 != 0;
                boolean even = shown.find() && Integer.parseInt(shown.group(1)) % 2 == 0; // the even ones are true
                verdicts.add(typeAndTime(in, String.valueOf(even == right), out, RATING_PROMPT, i));
                long next = typeAndTime(in, "", out, QUESTION, i + 1);
                if (next < 0) {
                    break; // the quiz ended
                }
                nextQuestions.add(next);
            }
            print("%d answers in one interactive shell (study) in %.1f s", verdicts.size(), (System.nanoTime() - started) / 1e9);
            print("%-44s %s", "answer typed -> verdict and rating prompt", summary(verdicts));
            print("%-44s %s", "Enter (rating) -> next question shown", summary(nextQuestions));
            String status = Files.readString(Path.of("/proc/" + shell.pid() + "/status"));
            print("peak resident memory (VmHWM) %s; resident now (VmRSS) %s", field(status, "VmHWM"), field(status, "VmRSS"));
            type(in, "q");
            type(in, "exit");
        }
        shell.waitFor(60, TimeUnit.SECONDS);
    }

    /** Sends {@code line} and returns the nanoseconds until the {@code count}th {@code marker} is printed, or -1. */
    private static long typeAndTime(OutputStream in, String line, Transcript out, String marker, int count) throws Exception {
        long sent = System.nanoTime();
        type(in, line);
        return out.await(marker, count) ? System.nanoTime() - sent : -1;
    }

    private static String summary(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return String.format(Locale.ROOT, "p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms", at(sorted, 0.50), at(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    /** Everything the shell printed, read as it comes by a thread of its own; waits count markers printed so far. */
    private static final class Transcript {
        private final StringBuilder text = new StringBuilder();
        private final Map<String, int[]> counted = new HashMap<>();

        static Transcript of(Process shell) {
            Transcript transcript = new Transcript();
            Thread reader = new Thread(() -> transcript.readAll(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8)));
            reader.setDaemon(true);
            reader.start();
            return transcript;
        }

        private void readAll(Reader reader) {
            char[] buffer = new char[8192];
            try {
                for (int n; (n = reader.read(buffer)) >= 0; ) {
                    synchronized (this) {
                        text.append(buffer, 0, n);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // the shell ended
            }
        }

        synchronized boolean await(String marker, int count) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT;
            while (occurrences(marker) < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        /** Counted incrementally (marker to {count, where the next search starts}), so a wait never rescans the text. */
        private int occurrences(String marker) {
            int[] seen = counted.computeIfAbsent(marker, m -> new int[2]);
            for (int at = text.indexOf(marker, seen[1]); at >= 0; at = text.indexOf(marker, seen[1])) {
                seen[0]++;
                seen[1] = at + marker.length();
            }
            return seen[0];
        }

        synchronized int lastIndexOf(String marker) {
            return Math.max(text.lastIndexOf(marker), 0);
        }

        synchronized String since(int index) {
            return text.substring(index);
        }
    }

    private static void type(OutputStream in, String line) throws IOException {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static String field(String status, String name) {
        return status.lines().filter(l -> l.startsWith(name + ":")).findFirst().map(l -> l.substring(name.length() + 1).strip()).orElse("?");
    }

    private void oneShot(String stdin, String... args) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("./palpate"));
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
