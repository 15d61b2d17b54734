package org.palpate.curriculum;

/** ERROR blocks loading; WARNING is reported but the curriculum still loads. */
public enum Severity {
    ERROR,
    WARNING
}
