package org.palpate.curriculum;

/** A 1-based line and column in a file. */
record Position(int line, int column) {

    /** Used when a problem concerns a whole file or folder rather than a spot inside it. */
    static final Position START = new Position(1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
