package org.palpate.scheduling;

import java.util.List;

/** The outcomes of all four ratings for one review, so that a user interface can show each button's interval. */
public record NextStates(Outcome again, Outcome hard, Outcome good, Outcome easy) {
    public NextStates {
        if (again == null || hard == null || good == null || easy == null) {
            throw new IllegalArgumentException("all four outcomes are required");
        }
    }

    public Outcome of(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }

    /** The outcomes in rating order: again, hard, good, easy. */
    public List<Outcome> all() {
        return List.of(again, hard, good, easy);
    }
}
