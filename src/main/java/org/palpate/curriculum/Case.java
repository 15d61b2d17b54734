package org.palpate.curriculum;

import java.io.Serializable;

/** A shared scenario stem declared in module.yaml; questions refer to it with {@code case: id}. */
public record Case(String id, String title, String text) implements Serializable {
}
