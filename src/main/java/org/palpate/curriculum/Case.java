package org.palpate.curriculum;

/** A shared scenario stem declared in module.yaml; questions refer to it with {@code case: id}. */
public record Case(String id, String title, String text) {
}
