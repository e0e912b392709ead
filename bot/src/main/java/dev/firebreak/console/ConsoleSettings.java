package dev.firebreak.console;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code firebreak.console.*}: how long a console session lasts, and whether its cookie is marked {@code Secure}
 * (set it behind HTTPS; a plain-HTTP start on a laptop would otherwise never keep the cookie).
 */
@ConfigurationProperties("firebreak.console")
public record ConsoleSettings(
        @Bindable(defaultValue = "12h") Duration sessionTtl,
        @Bindable(defaultValue = "false") boolean secureCookies,
        @Bindable(defaultValue = "25") int pageSize) {}
