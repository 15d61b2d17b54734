package org.palpate.curriculum;

import java.io.Serializable;
import java.util.List;

/** A lesson file: front matter fields plus the Markdown body (line endings normalised to \n). */
public record Lesson(String id, String moduleId, String title, String topic, List<String> sources, String markdown) implements Serializable {

    public Lesson {
        sources = List.copyOf(sources);
    }
}
