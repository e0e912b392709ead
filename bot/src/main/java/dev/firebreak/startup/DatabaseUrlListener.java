package dev.firebreak.startup;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** Applies {@link DatabaseUrl} to the configured datasource, however the URL was set (environment, file, test). */
@Singleton
class DatabaseUrlListener implements BeanCreatedEventListener<DatasourceConfiguration> {
    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        config.setUrl(DatabaseUrl.normalize(config.getUrl()));
        return config;
    }
}
