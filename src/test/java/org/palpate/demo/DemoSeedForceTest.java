package org.palpate.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.palpate.learner.AccountService;
import org.palpate.learner.Role;
import org.palpate.support.Accounts;
import org.palpate.support.PalpateTest;
import org.palpate.support.TestBeans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** demo seed --force in a database of real people adds no instructor, and no account with the public demo password. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=demo-seed-force")
class DemoSeedForceTest {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void forcedIntoARealDatabaseTheDemoStudentsGetARandomPasswordAndNoInstructorIsMade() {
        accounts.add(Accounts.TEACHER, Role.INSTRUCTOR, TestBeans.PASSWORD.toCharArray());
        accounts.login(Accounts.TEACHER, TestBeans.PASSWORD.toCharArray());
        DemoSeeder.Result result = seeder.seed(3, 5, 1, true);
        assertThat(result.instructor()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM learner WHERE name = ?").param(DemoSeeder.INSTRUCTOR).query(Integer.class).single()).isZero();
        assertThat(result.password()).isNotEqualTo(DemoSeeder.PASSWORD).hasSizeGreaterThanOrEqualTo(16);
        assertThatThrownBy(() -> accounts.login("demo-0001", DemoSeeder.PASSWORD.toCharArray())).hasMessage("wrong name or password");
        assertThat(accounts.login("demo-0001", result.password().toCharArray()).role()).isEqualTo(Role.STUDENT);
    }
}
