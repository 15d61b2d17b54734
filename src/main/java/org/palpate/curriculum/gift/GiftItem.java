package org.palpate.curriculum.gift;

/** One blank-line separated block of a GIFT file: a category switch or a question. */
public sealed interface GiftItem permits GiftCategory, GiftQuestion {

    /** 1-based line of the block's first line that is not a comment. */
    int line();
}
