package org.palpate.curriculum;

/**
 * A value read from a file together with where it was written, so cross-file checks (duplicate ids, unknown
 * references) can point at the exact spot even though the public model records carry no positions.
 */
record Located<T>(T value, String file, Position at) {

    /** {@code file:line:column}, for messages such as "already used at ...". */
    String where() {
        return file + ":" + at;
    }
}
