package org.palpate.scheduling;

/** Where a card is in the learning cycle (the py-fsrs states, plus NEW for a card never reviewed). */
public enum Phase {
    NEW, LEARNING, REVIEW, RELEARNING
}
