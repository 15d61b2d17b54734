package org.palpate.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.palpate.UserException;
import org.palpate.support.MutableClock;
import org.palpate.support.PalpateTest;
import org.palpate.support.TestBeans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** An exam date is "in the past" by the same 04:00 study day that study and the reports use, not the calendar day. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=exam-date-study-day")
class ExamDateStudyDayTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ExamDateService examDates;
    @Autowired
    MutableClock clock;

    @Test
    void atTwoInTheMorningTheStudyDayIsStillYesterday() {
        accounts.add("ines", Role.INSTRUCTOR, TestBeans.PASSWORD.toCharArray());
        accounts.login("ines", TestBeans.PASSWORD.toCharArray());
        clock.advance(Duration.ofHours(17)); // 2026-03-03T02:00Z: the study day of 2 March (UTC)
        LocalDate studyDay = LocalDate.parse("2026-03-02");
        assertThat(examDates.set(null, studyDay).date()).isEqualTo(studyDay);
        assertThatThrownBy(() -> examDates.set(null, studyDay.minusDays(1))).isInstanceOf(UserException.class)
                .hasMessageContaining("(today is 2026-03-02)");
    }
}
