package com.sponsorship.api.admin;

import java.time.Instant;

/** One line of the admin-actions log; {@code adminName} is looked up in the accounts read model (null if unknown). */
public record AdminActionView(Instant at, String adminId, String adminName, AdminAction action, String targetId,
                              String reason) {
}
