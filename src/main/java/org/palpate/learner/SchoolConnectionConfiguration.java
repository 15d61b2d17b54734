package org.palpate.learner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lab machines of the school set-up (profile {@code school}): the database connection is the learner's own, opened
 * at login (see {@link LearnerConnections}), instead of one shared user and password for everyone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "palpate.school.connect-as-learner", havingValue = "true")
class SchoolConnectionConfiguration {

    @Bean(destroyMethod = "close")
    LearnerConnections dataSource(@Value("${spring.datasource.url}") String url,
            @Value("${palpate.school.user:}") String user, @Value("${palpate.school.password:}") String password) {
        return new LearnerConnections(url, user, password);
    }
}
