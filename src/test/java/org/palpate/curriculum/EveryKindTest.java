package org.palpate.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The places a question kind must appear outside the Java code, which no compiler checks: the JSON Schema that
 * editors use, the format notes and the README (see "Adding a question kind" there).
 */
class EveryKindTest {

    private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(Path.of("schemas/questions.schema.json").toFile());

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void theSchemaKnowsTheKindAndItsFields(QuestionType type) {
        JsonNode question = SCHEMA.at("/$defs/question");
        assertThat(question.at("/properties/type/anyOf/0/enum").toString()).contains("\"" + type.id() + "\"");
        type.fields().forEach(field -> assertThat(question.at("/properties/" + field).isMissingNode()).as(field).isFalse());
        assertThat(question.at("/allOf").toString()).as("an if/then rule for %s", type).contains("*" + type.id() + "[");
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void theNotesAndTheReadmeDescribeTheKind(QuestionType type) throws Exception {
        assertThat(Files.readString(Path.of("docs/curriculum-format.md"))).contains("| `" + type.id() + "` |");
        assertThat(Files.readString(Path.of("README.md"))).contains("`" + type.id() + "`");
    }
}
