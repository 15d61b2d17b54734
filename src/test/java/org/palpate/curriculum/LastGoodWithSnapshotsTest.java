package org.palpate.curriculum;

/** The same through the launcher's curriculum snapshots: a broken edit is never hidden by a snapshot of the files before it. */
class LastGoodWithSnapshotsTest extends LastGoodCurriculumTest {

    @Override
    String build() {
        return "1234-5678";
    }
}
