package dev.firebreak.startup;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven built this jar as (a filtered resource, so it is right in a plain {@code java -jar} too). */
final class Version {
    private Version() {}

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/firebreak/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
