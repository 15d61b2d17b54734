package org.palpate.curriculum;

import java.io.Serializable;

/**
 * A topic declared in module.yaml; questions and lessons refer to it by id. {@code mblex} is the MBLEx content area
 * its questions belong to unless they name their own (null when the topic names none).
 */
public record Topic(String id, String title, String mblex) implements Serializable {

    public Topic(String id, String title) {
        this(id, title, null);
    }
}
