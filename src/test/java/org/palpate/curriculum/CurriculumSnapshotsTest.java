package org.palpate.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.palpate.curriculum.RandomCurricula.Spec;
import org.palpate.support.Keys;

/**
 * A curriculum snapshot gives back exactly what parsing the files gives, and only for the files, the build and the
 * Java it was made from; anything else parses the files again. Seeded cases print their seed; rerun one with
 * {@code -Dpalpate.seed=<seed> -Dpalpate.cases=1}.
 */
class CurriculumSnapshotsTest {

    private static final long BASE_SEED = Long.getLong("palpate.seed", 0x5A4E_2026L);
    private static final int CASES = Integer.getInteger("palpate.cases", 40);
    private static final String BUILD = "1234-5678";

    @TempDir
    Path home;
    @TempDir
    Path tmp;

    static LongStream seeds() {
        return LongStream.range(0, CASES).map(i -> BASE_SEED + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomCurriculumComesBackFromItsSnapshotAsParsed(long seed) {
        System.out.println("CurriculumSnapshotsTest seed=" + seed);
        Random random = new Random(seed);
        Spec spec = RandomCurricula.generate(random);
        Path dir = TestFiles.write(tmp.resolve("c"), RandomCurricula.render(spec, RandomCurricula.fieldsOf(spec, random),
                random, new HashMap<>()));
        assertSnapshotEqualsParse(dir, "seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(strings = { "curriculum", "src/test/resources/curricula/kinds", "src/test/resources/curricula/mblex",
            "src/test/resources/curricula/valid", "src/test/resources/curricula/shell" })
    void everyKindOfContentComesBackAsParsed(String folder) {
        assertSnapshotEqualsParse(Path.of(folder), folder);
    }

    private void assertSnapshotEqualsParse(Path dir, String why) {
        LoadResult parsed = new CurriculumLoader().load(dir);
        assertThat(parsed.ok()).as(why + TestFiles.dump(parsed.problems())).isTrue();
        CurriculumSnapshots snapshots = new CurriculumSnapshots(new CurriculumLoader(), home, BUILD);
        assertThat(snapshots.kept(dir)).as(why + ": none before the first load").isEmpty();
        assertThat(snapshots.load(dir).curriculum()).as(why).isEqualTo(parsed.curriculum());
        Curriculum kept = new CurriculumSnapshots(new CurriculumLoader(), home, BUILD).kept(dir).orElseThrow();
        assertThat(kept).as(why).isEqualTo(parsed.curriculum());
        assertThat(kept.questions()).extracting(Question::key).as(why)
                .containsExactlyElementsOf(parsed.curriculum().questions().stream().map(Question::key).toList());
    }

    @Test
    void anEditOfTheSameSizeAndTimeIsParsedNotTakenFromTheSnapshot() throws IOException {
        Path dir = copyOfTheShellCurriculum();
        snapshots().load(dir);
        Path questions = dir.resolve("basics/questions.yaml");
        FileTime time = Files.getLastModifiedTime(questions);
        String text = Files.readString(questions);
        // the correct choice moves from Effleurage to Petrissage (names of the same length): same size, same time
        String edited = text.replace("{ text: Effleurage, correct: true }", "{ text: Petrissage, correct: true }")
                .replace("{ text: Petrissage }", "{ text: Effleurage }");
        assertThat(edited).isNotEqualTo(text).hasSameSizeAs(text);
        Files.writeString(questions, edited);
        Files.setLastModifiedTime(questions, time);

        assertThat(snapshots().kept(dir)).isEmpty();
        Question single = snapshots().load(dir).curriculum().question("b-single").orElseThrow();
        assertThat(Keys.choices(single).get(0)).isEqualTo(new Choice("Petrissage", true, null));
        assertThat(snapshots().kept(dir)).as("the new content is kept in its turn").hasValueSatisfying(c ->
                assertThat(c.question("b-single").orElseThrow()).isEqualTo(single));
    }

    @Test
    void anAddedFileCountsButNotOneInAHiddenFolder() throws IOException {
        Path dir = copyOfTheShellCurriculum();
        snapshots().load(dir);
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/index"), "not read by the loader");
        assertThat(snapshots().kept(dir)).isPresent();
        Files.writeString(dir.resolve("basics/lessons/zz-new.md"), Files.readString(firstLesson(dir)));
        assertThat(snapshots().kept(dir)).isEmpty();
    }

    @Test
    void anotherBuildOrJavaIgnoresTheSnapshot() {
        Path dir = Path.of("src/test/resources/curricula/shell");
        snapshots().load(dir);
        assertThat(snapshots().kept(dir)).isPresent();
        assertThat(new CurriculumSnapshots(new CurriculumLoader(), home, "9999-5678").kept(dir)).isEmpty();
        assertThat(new CurriculumSnapshots(new CurriculumLoader(), home, "").kept(dir)).as("no build: no snapshots").isEmpty();
    }

    @Test
    void withoutABuildNothingIsWritten() {
        Path dir = Path.of("src/test/resources/curricula/shell");
        assertThat(new CurriculumSnapshots(new CurriculumLoader(), home, null).load(dir).ok()).isTrue();
        assertThat(home.resolve("curriculum-snapshots")).doesNotExist();
    }

    @Test
    void aCutOrGarbledSnapshotIsParsedAgainAndReplaced() throws IOException {
        Path dir = Path.of("src/test/resources/curricula/shell");
        Curriculum parsed = snapshots().load(dir).curriculum();
        Path file = onlySnapshot();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertThat(snapshots().kept(dir)).isEmpty();
        assertThat(snapshots().load(dir).curriculum()).isEqualTo(parsed);
        assertThat(Files.readAllBytes(onlySnapshot())).isEqualTo(whole);

        whole[whole.length - 40] ^= 0x55;
        Files.write(file, whole);
        assertThat(snapshots().load(dir).curriculum()).as("garbled in the payload").isEqualTo(parsed);
    }

    @Test
    void aSnapshotIsReadableByItsOwnerOnly() throws IOException {
        snapshots().load(Path.of("src/test/resources/curricula/shell"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("curriculum-snapshots"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(onlySnapshot()))).isEqualTo("rw-------");
    }

    @Test
    void aBrokenCurriculumIsNeverKept() throws IOException {
        Path dir = copyOfTheShellCurriculum();
        Path questions = dir.resolve("basics/questions.yaml");
        Files.writeString(questions, Files.readString(questions).replace("topic: strokes", "topic: stroke"));
        assertThat(snapshots().load(dir).ok()).isFalse();
        assertThat(home.resolve("curriculum-snapshots")).doesNotExist();
    }

    private CurriculumSnapshots snapshots() {
        return new CurriculumSnapshots(new CurriculumLoader(), home, BUILD);
    }

    private Path copyOfTheShellCurriculum() throws IOException {
        Path dir = tmp.resolve("shell");
        org.palpate.support.TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), dir);
        return dir;
    }

    private static Path firstLesson(Path dir) throws IOException {
        try (Stream<Path> lessons = Files.list(dir.resolve("basics/lessons"))) {
            return lessons.sorted().findFirst().orElseThrow();
        }
    }

    private Path onlySnapshot() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("curriculum-snapshots"))) {
            return files.filter(f -> f.toString().endsWith(".bin")).reduce((a, b) -> {
                throw new AssertionError("more than one snapshot: " + a + ", " + b);
            }).orElseThrow();
        }
    }
}
