package com.sponsorship.query.admin;

import com.sponsorship.api.admin.AdminAction;
import com.sponsorship.api.admin.AdminActionView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One admin action: the event's id, its global position (for a stable order), who, what, on what, why. */
@Entity
@Table(name = "admin_action_view")
public class AdminActionEntry {

    @Id
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "global_index")
    private Long position;
    @Column(name = "acted_at", nullable = false)
    private Instant at;
    @Column(name = "admin_id", nullable = false)
    private String adminId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdminAction action;
    @Column(name = "target_id")
    private String targetId;
    private String reason;

    protected AdminActionEntry() {
    }

    AdminActionEntry(String eventId, Long position, Instant at, String adminId, AdminAction action, String targetId,
                     String reason) {
        this.eventId = eventId;
        this.position = position;
        this.at = at;
        this.adminId = adminId;
        this.action = action;
        this.targetId = targetId;
        this.reason = reason;
    }

    String getAdminId() {
        return adminId;
    }

    AdminActionView toView(String adminName) {
        return new AdminActionView(at, adminId, adminName, action, targetId, reason);
    }
}
