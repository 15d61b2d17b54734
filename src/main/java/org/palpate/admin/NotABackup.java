package org.palpate.admin;

/** The file given to restore is not a whole, valid Palpate backup; the message says why, for the user. */
final class NotABackup extends Exception {

    NotABackup(String reason) {
        super(reason);
    }
}
