package org.convene.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created on a start that finds no users.
 *
 * @param username its name (default admin)
 * @param password its password (env CONVENE_ADMIN_PASSWORD); when empty one is generated and printed once.
 *                 Used only while the store has no users: later changes go through the Users page or CLI.
 */
@ConfigurationProperties("convene.admin")
public record AdminSettings(String username, String password) {

    public AdminSettings {
        if (username == null || username.isBlank()) username = "admin";
    }
}
