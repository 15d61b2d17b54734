package org.palpate.quiz;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review log's {@code response} column: an answer as data, in the shape its kind's
 * {@link org.palpate.curriculum.AnswerKey#grade} gives ({@code {"choices": [...]}}, {@code {"text": "..."}} ...).
 */
public final class ResponseJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private ResponseJson() {
    }

    public static String write(Map<String, Object> response) {
        return JSON.writeValueAsString(response);
    }

    /** The response of a row; empty for rows that have none (imported reviews) or cannot be read. */
    public static Map<String, Object> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JacksonException e) {
            return Map.of();
        }
    }
}
