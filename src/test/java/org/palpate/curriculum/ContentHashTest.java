package org.palpate.curriculum;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The content hash follows what the learner answers, not how the YAML is written. */
class ContentHashTest {

    @TempDir
    Path tmp;

    private static final String PLAIN_BLOCK = """
            questions:
              - id: q1
                topic: strokes
                type: single
                prompt: Which stroke glides along the muscle?
                choices:
                  - text: Effleurage
                    correct: true
                  - text: Tapotement
                explanation: It glides.
            """;

    /** Same question: quoting, flow style, folded and re-wrapped prompt, other explanation/feedback/tags. */
    private static final String RESTYLED = """
            questions:
            - id: "q1"
              difficulty: 3
              type: 'single'
              topic: strokes
              prompt: >
                Which stroke   glides
                along the muscle?
              choices: [ {text: "Effleurage", correct: true, feedback: "Yes."}, {text: 'Tapotement', correct: false} ]
              explanation: A different explanation does not change what is answered.
              tags: [strokes]
              sources: [Somebody 2020]
            """;

    private String hashOf(String questionsYaml) {
        Map<String, String> files = TestFiles.minimal();
        files.put("basics/questions.yaml", questionsYaml);
        Path root = tmp.resolve("c" + Math.abs(questionsYaml.hashCode()));
        LoadResult result = new CurriculumLoader().load(TestFiles.write(root, files));
        assertThat(result.errors()).as(TestFiles.dump(result.problems())).isEmpty();
        return result.curriculum().question("q1").orElseThrow().contentHash();
    }

    @Test
    void stableWhenOnlyWhitespaceQuotingAndStyleChange() {
        assertThat(hashOf(RESTYLED)).isEqualTo(hashOf(PLAIN_BLOCK)).matches("[0-9a-f]{16}");
    }

    @Test
    void stableUnderCrlfAndByteOrderMark() {
        assertThat(hashOf("\uFEFF" + PLAIN_BLOCK.replace("\n", "\r\n"))).isEqualTo(hashOf(PLAIN_BLOCK));
    }

    @Test
    void changesWhenThePromptChanges() {
        assertThat(hashOf(PLAIN_BLOCK.replace("along the muscle", "across the muscle"))).isNotEqualTo(hashOf(PLAIN_BLOCK));
    }

    @Test
    void changesWhenTheAnswerKeyChanges() {
        String moved = PLAIN_BLOCK.replace("""
                      - text: Effleurage
                        correct: true
                      - text: Tapotement
                """, """
                      - text: Effleurage
                      - text: Tapotement
                        correct: true
                """);
        assertThat(moved).isNotEqualTo(PLAIN_BLOCK);
        assertThat(hashOf(moved)).isNotEqualTo(hashOf(PLAIN_BLOCK));
        assertThat(hashOf(PLAIN_BLOCK.replace("Tapotement", "Friction"))).isNotEqualTo(hashOf(PLAIN_BLOCK));
    }

    @Test
    void typeAndFieldBoundariesArePartOfTheHash() {
        String single = ContentHash.of("P", new Choices(List.of(new Choice("a", true, null)), false));
        String multiple = ContentHash.of("P", new Choices(List.of(new Choice("a", true, null)), true));
        assertThat(single).isNotEqualTo(multiple);
        String ab = ContentHash.of("P", new Matching(List.of(new Pair("a", "bc"), new Pair("d", "e"))));
        String a_b = ContentHash.of("P", new Matching(List.of(new Pair("ab", "c"), new Pair("d", "e"))));
        assertThat(ab).isNotEqualTo(a_b);
        assertThat(ContentHash.of("P", new TrueFalse(true))).isNotEqualTo(ContentHash.of("P", new TrueFalse(false)));
        assertThat(ContentHash.of("P {{a}}", new Cloze(List.of(new Cloze.Gap("a", List.of("x", "y"))))))
                .isNotEqualTo(ContentHash.of("P {{a}}", new Cloze(List.of(new Cloze.Gap("a", List.of("x"))))));
        assertThat(ContentHash.of("P", new Numerical(List.of(range(30, 90)), "s")))
                .isNotEqualTo(ContentHash.of("P", new Numerical(List.of(range(30, 90)), null)))
                .isNotEqualTo(ContentHash.of("P", new Numerical(List.of(range(30, 91)), "s")));
    }

    private static Numerical.Range range(int low, int high) {
        return new Numerical.Range(java.math.BigDecimal.valueOf(low), java.math.BigDecimal.valueOf(high), null);
    }

    @Test
    void pinnedValuesDoNotDriftBetweenReleases() {
        // the review log stores these; a change here would make every recorded answer look like an old version.
        // first value = sha256("type:10:true-false\nprompt:18:Effleurage glides.\nanswer:4:true\n"), first 16 hex
        assertThat(ContentHash.of("  Effleurage \n glides.", new TrueFalse(true))).isEqualTo("83c0296a46920877");
        assertThat(ContentHash.of("Which stroke glides?", new Choices(List.of(new Choice("Effleurage", true,
                null), new Choice("Tapotement", false, "feedback is not hashed")), false))).isEqualTo("28a779c656150b87");
    }
}
