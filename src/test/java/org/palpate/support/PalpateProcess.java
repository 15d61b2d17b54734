package org.palpate.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Palpate as a real operating-system process, one command at a time, on a PALPATE_HOME and curriculum of the test's:
 * by default the JVM on the test class path; {@link #throughLauncher} runs it as users do, through {@code ./palpate}
 * (extracted jar and class archive) on a fat jar of this build, with the JDK that runs the tests.
 */
public record PalpateProcess(Path home, String curriculum, boolean launcher) {

    public PalpateProcess(Path home, String curriculum) {
        this(home, curriculum, false);
    }

    public static PalpateProcess throughLauncher(Path home, String curriculum) {
        return new PalpateProcess(home, curriculum, true);
    }

    /** Whether the launcher's build was extracted with Spring AOT's generated context (it then runs with it). */
    public static boolean launcherRunsSpringAot() throws IOException {
        try (var runs = Files.list(LauncherBuild.script().resolveSibling("target"))) {
            return runs.filter(run -> run.getFileName().toString().startsWith("run-"))
                    .anyMatch(run -> Files.isRegularFile(run.resolve("spring-aot")));
        }
    }

    public record Result(int exit, String out, String err) {
    }

    /** A started process; its output goes to files in PALPATE_HOME, so nothing blocks on a full pipe. */
    public record Running(Process process, Path out, Path err) {

        public Result await() throws IOException, InterruptedException {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("palpate did not finish");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }

    public Result run(String stdin, String... command) throws IOException, InterruptedException {
        return start(stdin, command).await();
    }

    public Running start(String stdin, String... command) throws IOException {
        Running running = startOpen(command);
        running.process().getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        running.process().getOutputStream().close();
        return running;
    }

    /** Started with standard input left open: the process waits for input as long as the test wants. */
    public Running startOpen(String... command) throws IOException {
        List<String> line = new ArrayList<>(launcher ? List.of(LauncherBuild.script().toString())
                : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-cp",
                        System.getProperty("java.class.path"), "org.palpate.PalpateApplication"));
        line.add("--palpate.curriculum=" + curriculum);
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line);
        if (launcher) {
            builder.environment().put("PALPATE_JDK", System.getProperty("java.home")); // the JDK under test, not a newer one found
        }
        builder.environment().put("PALPATE_HOME", home.toString());
        // beside a home Palpate is to create, or one it cannot write (read-only, or a full disk)
        Path outputs = Files.isDirectory(home) && Files.isWritable(home) && Files.getFileStore(home).getUsableSpace() > 1 << 20
                ? home : home.toAbsolutePath().getParent();
        Path out = Files.createTempFile(outputs, "out", ".txt");
        Path err = Files.createTempFile(outputs, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        return new Running(builder.start(), out, err);
    }
}
