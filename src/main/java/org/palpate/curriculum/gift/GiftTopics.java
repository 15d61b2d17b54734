package org.palpate.curriculum.gift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palpate.curriculum.Topic;

/** GIFT categories as topics of the module: existing topics reused, new ones added only when a question uses them. */
final class GiftTopics {

    private final Map<String, Topic> known = new LinkedHashMap<>();
    private final Map<String, Topic> byCategory = new LinkedHashMap<>();
    private final List<Topic> added = new ArrayList<>();

    GiftTopics(List<Topic> existing) {
        existing.forEach(t -> known.put(t.id(), t));
    }

    /**
     * The topic of a category: its last path part as an id ("$CATEGORY: $course$/top/Swedish Strokes" gives
     * {@code swedish-strokes}, titled "Swedish Strokes").
     */
    Topic of(GiftCategory category) {
        String name = category == null ? "" : category.name();
        Topic cached = byCategory.get(name);
        if (cached != null) {
            return cached;
        }
        Topic topic = name.isEmpty() ? GiftConverter.DEFAULT_TOPIC : new Topic(categoryId(name), name);
        Topic existing = known.putIfAbsent(topic.id(), topic);
        byCategory.put(name, existing != null ? existing : topic);
        if (existing != null) {
            return existing;
        }
        added.add(topic);
        return topic;
    }

    /** Topics this import adds to the module, in the order questions first used them. */
    List<Topic> added() {
        return added;
    }

    /** A category name as a topic id; a name without any letter or digit (say, in Greek) gets a number. */
    private String categoryId(String name) {
        String id = IdSpelling.shorten(IdSpelling.slug(name), QuestionIds.MAX_LENGTH);
        for (int n = known.size() + 1; id.isEmpty(); n++) {
            id = known.containsKey("topic-" + n) ? "" : "topic-" + n;
        }
        return id;
    }
}
