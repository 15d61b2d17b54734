package org.palpate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class SpringAotGuardTest {

    private static final String PACKAGED = "Config resource 'class path resource [application.properties]' via location 'optional:classpath:/'";

    private static StandardEnvironment packaged() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource(PACKAGED,
                Map.of("spring.shell.command.version.enabled", "false", "spring.datasource.url", "jdbc:h2:file:x")));
        return environment;
    }

    @Test
    void theJarsOwnSettingsMatchTheBuild() {
        assertThat(SpringAotGuard.matchesBuild(packaged())).isTrue();
    }

    @Test
    void anotherDatabaseAddressOrPasswordDecidesNoCondition() {
        StandardEnvironment environment = packaged();
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs",
                Map.of("spring.datasource.url", "jdbc:postgresql://server/palpate", "spring.datasource.password", "x")));
        assertThat(SpringAotGuard.matchesBuild(environment)).isTrue();
    }

    @Test
    void theSchoolProfileOrAnotherConditionSettingDoes() {
        for (Map<String, Object> setting : java.util.List.<Map<String, Object>>of(Map.of("palpate.school.connect-as-learner", "true"),
                Map.of("spring.flyway.enabled", "false"), Map.of("spring.shell.command.version.enabled", "true"))) {
            StandardEnvironment environment = packaged();
            environment.getPropertySources().addFirst(new MapPropertySource("Config resource 'class path resource [application-school.properties]'", setting));
            assertThat(SpringAotGuard.matchesBuild(environment)).as(setting.toString()).isFalse();
        }
    }

    @Test
    void aFileInTheWorkingFolderIsNotThePackagedOne() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource(
                "Config resource 'file [application.properties]' via location 'optional:file:./'", Map.of("spring.jmx.enabled", "true")));
        assertThat(SpringAotGuard.matchesBuild(environment)).isFalse();
    }
}
