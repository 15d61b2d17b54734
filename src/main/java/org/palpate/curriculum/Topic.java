package org.palpate.curriculum;

/** A topic declared in module.yaml; questions and lessons refer to it by id. */
public record Topic(String id, String title) {
}
