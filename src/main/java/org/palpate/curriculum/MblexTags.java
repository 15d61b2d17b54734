package org.palpate.curriculum;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads and checks the {@code mblex:} tags of one module: a topic's is the default for its questions, a question's
 * overrides it. Every tag must name an area of mblex.yaml; a question left with no area is a warning (imported GIFT
 * banks have none), and only when the curriculum has an outline to tag against.
 */
final class MblexTags {

    static final String KEY = "mblex";

    private final MblexReader.Outline outline;
    /** Declared topics, each with its tag as written (null when it has none). */
    private final Map<String, String> topicAreas = new HashMap<>();

    MblexTags(MblexReader.Outline outline) {
        this.outline = outline;
    }

    /** The topic's tag as written (reported if it names no area), remembered as its questions' default. */
    String readTopic(YamlMap topic, String topicId) {
        String area = read(topic);
        if (topicId != null) {
            topicAreas.putIfAbsent(topicId, area);
        }
        return area;
    }

    /** The question's area: its own tag, else its topic's; null (with a warning) when neither names one. */
    String resolve(YamlMap question, Located<String> id, String topicId) {
        String own = read(question);
        if (own != null || topicId == null || !topicAreas.containsKey(topicId)) {
            return own; // an undeclared topic is reported by the module checks
        }
        String inherited = topicAreas.get(topicId);
        if (inherited == null && outline.readable()) {
            question.document().warning(question.value("topic"), (id == null ? "this question" : "question `"
                    + id.value() + "`") + " has no MBLEx content area: add "
                    + "`mblex: AREA` to its topic `" + topicId + "` in module.yaml (the default for the topic's questions) "
                    + "or to the question; areas: " + String.join(", ", outline.outline().ids()));
        }
        return inherited;
    }

    /** The tag as written, or null without one; an area unknown to mblex.yaml is an error at the value. */
    private String read(YamlMap map) {
        String area = map.optionalText(KEY);
        if (area == null) {
            return null;
        }
        if (!outline.present()) {
            map.document().error(map.value(KEY), "`mblex: " + area + "` names an MBLEx content area, but the curriculum "
                    + "has no " + CurriculumFiles.MBLEX + "; add the outline (see the README) or remove the tag");
        } else if (outline.readable() && outline.outline().area(area).isEmpty()) {
            map.document().error(map.value(KEY), "unknown MBLEx content area `" + area + "`"
                    + DidYouMean.hint(area, outline.outline().ids()) + " (use one of: "
                    + String.join(", ", outline.outline().ids()) + ", as declared in " + CurriculumFiles.MBLEX + ")");
        }
        return area;
    }
}
