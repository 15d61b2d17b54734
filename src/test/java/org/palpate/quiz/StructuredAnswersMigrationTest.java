package org.palpate.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Migration 15 reads the answers recorded before responses were data back into data, by the shape each kind wrote. */
class StructuredAnswersMigrationTest {

    @Test
    void eachOldFormBecomesItsResponse() {
        assertThat(V15__StructuredAnswers.response("B) Effleurage")).isEqualTo(Map.of("choices", List.of("Effleurage")));
        assertThat(V15__StructuredAnswers.response("A) Kneading; C) Gliding, slow")).isEqualTo(Map.of("choices", List.of("Kneading", "Gliding, slow")));
        assertThat(V15__StructuredAnswers.response("false")).isEqualTo(Map.of("answer", false));
        assertThat(V15__StructuredAnswers.response("Warm up -> Work deep -> Flush")).isEqualTo(Map.of("order", List.of("Warm up", "Work deep", "Flush")));
        assertThat(V15__StructuredAnswers.response("Effleurage = glides; Petrissage = kneads")).isEqualTo(Map.of("pairs", List.of(
                Map.of("left", "Effleurage", "right", "glides"), Map.of("left", "Petrissage", "right", "kneads"))));
        assertThat(V15__StructuredAnswers.response("petrisage")).isEqualTo(Map.of("text", "petrisage"));
    }
}
