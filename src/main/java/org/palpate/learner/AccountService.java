package org.palpate.learner;

import java.util.List;
import java.util.Optional;

import org.palpate.UserException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and logins. Passwords are kept only as BCrypt hashes and never printed. */
@Service
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final int MAX_NAME_LENGTH = 64;

    private final LearnerRepository learners;
    private final LoginSessions sessions;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    AccountService(LearnerRepository learners, LoginSessions sessions) {
        this.learners = learners;
        this.sessions = sessions;
    }

    @Transactional
    public Learner add(String name, Role role, char[] password) {
        String cleanName = validName(name);
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new UserException("the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        try {
            long id = learners.insert(cleanName, role, encoder.encode(new String(password)));
            return learners.findById(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new UserException("a learner named '" + cleanName + "' already exists");
        }
    }

    @Transactional
    public Learner login(String name, char[] password) {
        String hash = learners.passwordHash(name == null ? "" : name.strip()).orElse(null);
        // Same message for an unknown name and a wrong password: do not reveal which names exist.
        if (hash == null || password == null || !encoder.matches(new String(password), hash)) {
            throw new UserException("wrong name or password");
        }
        Learner learner = learners.findByName(name.strip()).orElseThrow();
        sessions.open(learner.id());
        return learner;
    }

    @Transactional
    public void logout() {
        sessions.close();
    }

    public Optional<Learner> current() {
        return sessions.current().flatMap(learners::findById);
    }

    public Learner requireCurrent() {
        return current().orElseThrow(() -> new UserException("nobody is logged in: run 'login NAME' first"));
    }

    public List<Learner> all() {
        return learners.findAll();
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UserException("the name is empty");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new UserException("the name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (clean.chars().anyMatch(Character::isISOControl)) {
            throw new UserException("the name contains control characters");
        }
        return clean;
    }
}
