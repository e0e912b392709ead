package dev.firebreak.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The durable job queue as tests see it. Waiting until no one-time job is left (none due, none scheduled for a retry)
 * is the event that makes a negative assertion mean something: whatever the jobs were going to do, they have done.
 */
public final class JobQueue {
    private JobQueue() {}

    public static void awaitDrained(DataSource dataSource) {
        Eventually.await("every one-time job finished, none waiting for a retry", () -> oneTimeJobs(dataSource) == 0);
    }

    /** db-scheduler keeps recurring tasks under the instance name {@code recurring}; everything else is one-time work. */
    public static int oneTimeJobs(DataSource dataSource) {
        // the injected DataSource is bound to Micronaut's connection context; the test thread has none
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from scheduled_tasks where task_instance <> 'recurring'")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
