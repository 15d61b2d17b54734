package org.palpate.curriculum;

import java.io.Serializable;

/** One content area of the MBLEx outline (mblex.yaml): its id, title and weight in percent of the exam. */
public record MblexArea(String id, String title, int weight) implements Serializable {
}
