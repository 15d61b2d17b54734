package org.palpate.curriculum;

import org.palpate.support.Keys;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.palpate.curriculum.RandomCurricula.QuestionSpec;
import org.palpate.curriculum.RandomCurricula.Spec;
import org.palpate.curriculum.RandomCurricula.Written;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Property-style tests over seeded random curricula. Every case prints its seed; rerun one with
 * {@code -Dpalpate.seed=<seed> -Dpalpate.cases=1}.
 */
class RandomCurriculumTest {

    private static final long BASE_SEED = Long.getLong("palpate.seed", 0x5EED_2025L);
    private static final int CASES = Integer.getInteger("palpate.cases", 60);

    @TempDir
    Path tmp;

    static LongStream seeds() {
        return LongStream.range(0, CASES).map(i -> BASE_SEED + i);
    }

    // ---- valid curricula load and round-trip ------------------------------------------------------------------

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomValidCurriculumLoadsAndRoundTripsTheAnswerKeys(long seed) {
        System.out.println("RandomCurriculumTest valid seed=" + seed);
        Random random = new Random(seed);
        Spec spec = RandomCurricula.generate(random);
        LoadResult result = load(spec, RandomCurricula.fieldsOf(spec, random), new Random(seed * 31 + 1), new HashMap<>(), "a");

        assertThat(result.problems()).as("seed %d%s", seed, TestFiles.dump(result.problems())).isEmpty();
        Curriculum curriculum = result.curriculum();
        assertThat(curriculum.program().moduleOrder())
                .containsExactlyElementsOf(spec.modules().stream().map(RandomCurricula.ModuleSpec::id).toList());
        assertThat(curriculum.program().blueprint().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(0.001));
        for (RandomCurricula.ModuleSpec moduleSpec : spec.modules()) {
            CourseModule module = curriculum.module(moduleSpec.id()).orElseThrow();
            assertThat(module.topics()).containsExactlyElementsOf(moduleSpec.topics());
            assertThat(module.prerequisites()).containsExactlyElementsOf(moduleSpec.prerequisites());
            assertThat(module.lessons()).hasSize(moduleSpec.topics().size());
            assertThat(module.questions()).extracting(Question::id)
                    .containsExactlyElementsOf(moduleSpec.questions().stream().map(QuestionSpec::id).toList());
            for (QuestionSpec expected : moduleSpec.questions()) {
                assertSameQuestion(curriculum.question(expected.id()).orElseThrow(), expected, moduleSpec.id(), seed);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void contentHashesSurviveARestyledRendering(long seed) {
        System.out.println("RandomCurriculumTest restyle seed=" + seed);
        Random random = new Random(seed);
        Spec spec = RandomCurricula.generate(random);
        Map<QuestionSpec, LinkedHashMap<String, Object>> fields = RandomCurricula.fieldsOf(spec, random);
        LoadResult first = load(spec, fields, new Random(seed + 1000), new HashMap<>(), "first");
        LoadResult second = load(spec, RandomCurricula.fieldsOf(spec, new Random(seed + 2000)), new Random(seed + 3000),
                new HashMap<>(), "second");
        assertThat(first.ok()).as("seed %d%s", seed, TestFiles.dump(first.problems())).isTrue();
        assertThat(second.ok()).as("seed %d%s", seed, TestFiles.dump(second.problems())).isTrue();
        assertThat(second.curriculum().questions()).extracting(Question::contentHash).as("seed %d", seed)
                .containsExactlyElementsOf(first.curriculum().questions().stream().map(Question::contentHash).toList());
    }

    private static void assertSameQuestion(Question actual, QuestionSpec expected, String moduleId, long seed) {
        String why = "seed " + seed + ", question " + expected.id();
        assertThat(actual.moduleId()).as(why).isEqualTo(moduleId);
        assertThat(actual.topic()).as(why).isEqualTo(expected.topic());
        assertThat(actual.type()).as(why).isEqualTo(expected.type());
        assertThat(actual.prompt()).as(why).isEqualTo(expected.prompt());
        assertThat(Keys.choices(actual)).as(why).containsExactlyElementsOf(expected.choices());
        assertThat(Keys.answer(actual)).as(why).isEqualTo(expected.answer());
        assertThat(Keys.answers(actual)).as(why).containsExactlyElementsOf(expected.answers());
        assertThat(Keys.pairs(actual)).as(why).containsExactlyElementsOf(expected.pairs());
        assertThat(Keys.sequence(actual)).as(why).containsExactlyElementsOf(expected.sequence());
        assertThat(actual.explanation()).as(why).isEqualTo(expected.explanation());
        assertThat(actual.sources()).as(why).containsExactlyElementsOf(expected.sources());
        assertThat(actual.critical()).as(why).isEqualTo(expected.critical());
        assertThat(actual.tags()).as(why).containsExactlyElementsOf(expected.tags());
        assertThat(actual.difficulty()).as(why).isEqualTo(expected.difficulty());
        assertThat(actual.contentHash()).as(why).isEqualTo(ContentHash.of(expected.prompt(), expected.key()));
    }

    // ---- single-point corruptions -----------------------------------------------------------------------------

    private enum Corruption { DELETE_REQUIRED_KEY, DUPLICATE_ID, MISSPELL_KEY, EMPTY_PROMPT }

    /** One error we predict: file (relative), line, column and a message fragment. */
    private record Expected(String file, int line, int column, String text) {
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aSingleCorruptionReportsExactlyTheExpectedErrors(long seed) {
        Random random = new Random(seed);
        Spec spec = RandomCurricula.generate(random);
        Map<QuestionSpec, LinkedHashMap<String, Object>> fields = RandomCurricula.fieldsOf(spec, random);
        List<QuestionSpec> all = spec.questions();
        Corruption corruption = all.size() < 2 && random.nextInt(4) == 1 ? Corruption.DELETE_REQUIRED_KEY
                : Corruption.values()[random.nextInt(Corruption.values().length)];
        if (corruption == Corruption.DUPLICATE_ID && all.size() < 2) {
            corruption = Corruption.EMPTY_PROMPT;
        }
        QuestionSpec victim = all.get(random.nextInt(all.size()));
        LinkedHashMap<String, Object> victimFields = fields.get(victim);
        String description;
        String misspelt = null;
        String key = null;
        QuestionSpec original = null;
        switch (corruption) {
            case DELETE_REQUIRED_KEY -> {
                List<String> required = List.of("id", "topic", "type", "prompt", "explanation",
                        victim.type().fields().get(0));
                key = required.get(random.nextInt(required.size()));
                victimFields.remove(key);
                description = "deleted `" + key + "` of " + victim.id();
            }
            case DUPLICATE_ID -> {
                int j = 1 + random.nextInt(all.size() - 1);
                victim = all.get(j);
                original = all.get(random.nextInt(j));
                fields.get(victim).put("id", original.id());
                description = "gave " + victim.id() + " the id of " + original.id();
            }
            case MISSPELL_KEY -> {
                List<String> keys = new ArrayList<>(victimFields.keySet());
                java.util.Collections.shuffle(keys, random);
                for (String candidate : keys) {
                    misspelt = misspell(candidate, random);
                    if (misspelt != null) {
                        key = candidate;
                        break;
                    }
                }
                assertThat(key).as("seed %d: some key of %s can be misspelt", seed, keys).isNotNull();
                LinkedHashMap<String, Object> renamed = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : victimFields.entrySet()) {
                    renamed.put(e.getKey().equals(key) ? misspelt : e.getKey(), e.getValue());
                }
                fields.put(victim, renamed);
                description = "misspelt `" + key + "` as `" + misspelt + "` in " + victim.id();
            }
            default -> {
                victimFields.put("prompt", "");
                description = "emptied the prompt of " + victim.id();
            }
        }
        System.out.println("RandomCurriculumTest corruption seed=" + seed + ": " + description);

        Map<QuestionSpec, Written> written = new HashMap<>();
        LoadResult result = load(spec, fields, new Random(seed * 31 + 1), written, "c");
        Written at = written.get(victim);
        String label = "question `" + victim.id() + "`";
        List<Expected> expected = new ArrayList<>();
        switch (corruption) {
            case DELETE_REQUIRED_KEY -> expected.add(new Expected(at.file(), at.start()[0], at.start()[1],
                    (key.equals("id") ? "question " + (indexInModule(spec, victim) + 1) : label)
                            + " is missing required key `" + key + "`"));
            case DUPLICATE_ID -> {
                Written first = written.get(original);
                int[] firstId = first.keys().get("id");
                String where = first.file().equals(at.file()) ? "line " + firstId[0]
                        : tmp.resolve("c").resolve(first.file()) + ":" + firstId[0] + ":9";
                expected.add(new Expected(at.file(), at.keys().get("id")[0], 9,
                        "duplicate question id `" + original.id() + "`; it is already used at " + where + ";"));
            }
            case MISSPELL_KEY -> {
                int[] keyAt = at.keys().get(misspelt);
                expected.add(new Expected(at.file(), keyAt[0], keyAt[1],
                        "unknown key `" + misspelt + "`; did you mean `" + key + "`?"));
                if (Set.of("id", "topic", "type", "prompt", "explanation", victim.type().fields().get(0))
                        .contains(key)) {
                    expected.add(new Expected(at.file(), at.start()[0], at.start()[1],
                            (key.equals("id") ? "question " + (indexInModule(spec, victim) + 1) : label)
                                    + " is missing required key `" + key + "`"));
                }
                if (key.equals("sources") && victim.critical()) {
                    int[] criticalAt = at.keys().get("critical");
                    expected.add(new Expected(at.file(), criticalAt[0], criticalAt[1],
                            "a critical question needs at least one entry in `sources`"));
                }
            }
            default -> expected.add(new Expected(at.file(), at.keys().get("prompt")[0], 13,
                    "`prompt` is empty; write the text"));
        }
        assertExactly(result, expected, seed, description);
    }

    private void assertExactly(LoadResult result, List<Expected> expected, long seed, String description) {
        String context = "seed " + seed + " (" + description + "); expected " + expected + "; problems:"
                + TestFiles.dump(result.problems());
        assertThat(result.ok()).as(context).isFalse();
        assertThat(result.errors()).as(context).hasSameSizeAs(expected);
        Path root = tmp.resolve("c");
        for (Expected e : expected) {
            assertThat(result.errors()).as(context).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo(root.resolve(e.file()).toString());
                assertThat(p.line()).isEqualTo(e.line());
                assertThat(p.column()).isEqualTo(e.column());
                assertThat(p.message()).contains(e.text());
            });
        }
    }

    /**
     * A one-edit misspelling of {@code key} that is more than two edits from every other question key, so the
     * only sensible suggestion is {@code key}; null if none was found.
     */
    private static String misspell(String key, Random random) {
        Set<String> others = new LinkedHashSet<>(QuestionReader.COMMON_KEYS);
        others.addAll(QuestionType.allFields());
        others.remove(key);
        String letters = "abcdefghijklmnopqrstuvwxyz";
        for (int attempt = 0; attempt < 50; attempt++) {
            StringBuilder word = new StringBuilder(key);
            int i = random.nextInt(key.length());
            switch (random.nextInt(4)) {
                case 0 -> word.deleteCharAt(i);
                case 1 -> word.insert(i, letters.charAt(random.nextInt(letters.length())));
                case 2 -> word.setCharAt(i, letters.charAt(random.nextInt(letters.length())));
                default -> {
                    if (i + 1 < word.length()) {
                        char c = word.charAt(i);
                        word.setCharAt(i, word.charAt(i + 1));
                        word.setCharAt(i + 1, c);
                    }
                }
            }
            String candidate = word.toString();
            if (!candidate.isEmpty() && !candidate.equals(key) && levenshtein(candidate, key) <= 2
                    && others.stream().allMatch(o -> levenshtein(candidate, o) > 2)) {
                return candidate;
            }
        }
        return null;
    }

    /** Plain Levenshtein, written independently of the code under test (a swap costs 2 here, so we are stricter). */
    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private LoadResult load(Spec spec, Map<QuestionSpec, LinkedHashMap<String, Object>> fields, Random style,
                            Map<QuestionSpec, Written> written, String folder) {
        Path root = TestFiles.write(tmp.resolve(folder), RandomCurricula.render(spec, fields, style, written));
        return new CurriculumLoader().load(root);
    }

    private static int indexInModule(Spec spec, QuestionSpec question) {
        return spec.modules().stream().filter(m -> m.questions().contains(question)).findFirst().orElseThrow()
                .questions().indexOf(question);
    }
}
