package org.palpate.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A test's own connection to the H2 database of a PALPATE_HOME, as another Palpate process would open it. */
public final class H2Home {

    private H2Home() {
    }

    public static String url(Path home) {
        return "jdbc:h2:file:" + home.resolve("palpate") + ";AUTO_SERVER=TRUE";
    }

    /** The home's database password (a home made before passwords were per home has the empty one). */
    public static String password(Path home) throws IOException {
        Path file = home.resolve("db-password");
        return Files.exists(file) ? Files.readString(file).strip() : "";
    }

    public static Connection connect(Path home) throws IOException, SQLException {
        return DriverManager.getConnection(url(home), "palpate", password(home));
    }
}
