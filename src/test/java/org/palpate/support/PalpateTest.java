package org.palpate.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.shell.test.autoconfigure.ShellTest;

/**
 * A Palpate application on a fresh H2 file database in a temporary PALPATE_HOME, with the small test curriculum,
 * a clock tests can move, and passwords supplied by the test. Interactive mode is off: a Boot test that starts the
 * JLine loop would wait for a terminal forever.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ShellTest
@SpringBootTest(properties = {
        "spring.shell.interactive.enabled=false",
        "palpate.curriculum=src/test/resources/curricula/shell" })
@Import(TestBeans.class)
@ContextConfiguration(initializers = TempHome.class)
public @interface PalpateTest {
}
