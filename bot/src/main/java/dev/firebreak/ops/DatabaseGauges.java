package dev.firebreak.ops;

import dev.firebreak.incident.Severity;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges read from the database, so every replica reports the same, whole picture: open incidents by severity, and
 * the job engine's queue (jobs due and not picked, and how long the oldest of them has waited). One read serves all
 * gauges of a scrape; a database that does not answer shows as NaN rather than failing the scrape.
 */
@Singleton
class DatabaseGauges implements MeterBinder {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseGauges.class);
    private static final Duration FRESH = Duration.ofSeconds(5);

    // Lazily: the data source's own metrics need the registry, which is being built when this binder is asked.
    private final BeanProvider<DataSource> dataSource;
    private final Clock clock;
    private Snapshot snapshot;

    record Snapshot(Instant at, Map<Severity, Long> open, long dueJobs, double oldestDueSeconds) {}

    DatabaseGauges(BeanProvider<DataSource> dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Severity severity : Severity.values()) {
            Gauge.builder("firebreak.incidents.open", this, g -> g.read().map(s -> (double) s.open().getOrDefault(severity, 0L)))
                    .description("Incidents not resolved yet").tag("severity", severity.label()).register(registry);
        }
        Gauge.builder("firebreak.jobs.queue.depth", this, g -> g.read().map(s -> (double) s.dueJobs()))
                .description("Jobs due and waiting for a worker, across all replicas").register(registry);
        TimeGauge.builder("firebreak.jobs.oldest.due.age", this, TimeUnit.SECONDS, g -> g.read().map(Snapshot::oldestDueSeconds))
                .description("How long the oldest due job has waited for a worker (0 when none waits)").register(registry);
    }

    private interface Reading {
        double map(java.util.function.ToDoubleFunction<Snapshot> f);
    }

    private Reading read() {
        Snapshot s = current();
        return f -> s == null ? Double.NaN : f.applyAsDouble(s);
    }

    private synchronized Snapshot current() {
        Instant now = clock.instant();
        if (snapshot == null || snapshot.at().plus(FRESH).isBefore(now)) {
            try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource.get()).getConnection()) {
                snapshot = query(c, now);
            } catch (SQLException e) {
                LOG.warn("Could not read the gauges from the database: {}", e.getMessage());
                snapshot = null;
            }
        }
        return snapshot;
    }

    private static Snapshot query(Connection c, Instant now) throws SQLException {
        Map<Severity, Long> open = new EnumMap<>(Severity.class);
        try (PreparedStatement st = c.prepareStatement(
                "select severity, count(*) from incident where status <> 'RESOLVED' group by severity");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                open.put(Severity.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        try (PreparedStatement st = c.prepareStatement(
                "select count(*), min(execution_time) from scheduled_tasks where picked = false and execution_time <= ?")) {
            st.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Timestamp oldest = rs.getTimestamp(2);
                double age = oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis() / 1000.0);
                return new Snapshot(now, open, rs.getLong(1), age);
            }
        }
    }
}
