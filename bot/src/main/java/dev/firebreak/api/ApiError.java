package dev.firebreak.api;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ApiError(String message) {}
