package org.palpate.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.TestFiles;

/**
 * Regression: snakeyaml-engine 3.0.1 failed ("internal error while loading the curriculum") when a character beyond
 * U+FFFF, such as an emoji, straddled its 1024-character read chunks. Found by the GIFT property test.
 */
class EmojiAtChunkBoundaryTest {

    @Test
    void anEmojiAnywhereInAFileLoads(@TempDir Path dir) throws Exception {
        TestFiles.copyTree(Path.of("src/test/resources/curricula/shell"), dir);
        Path questions = dir.resolve("basics/questions.yaml");
        String original = Files.readString(questions);
        String prompt = "prompt: Which stroke is a long gliding stroke?";
        int start = original.indexOf(prompt) + "prompt: \"".length();
        for (int at = 1016; at <= 1032; at++) {
            // the emoji's two UTF-16 halves land on every position around the 1024th character
            String text = original.replace(prompt, "prompt: \"" + "a".repeat(at - start) + "💆 Which stroke?\"");
            assertThat(text.indexOf("💆")).isEqualTo(at);
            Files.writeString(questions, text);
            LoadResult result = new CurriculumLoader().load(dir);
            assertThat(result.errors()).as("emoji at %d", at).isEmpty();
            assertThat(result.curriculum().question("b-single").orElseThrow().prompt()).contains("💆");
        }
    }
}
