package com.sponsorship.web.admin;

import com.sponsorship.query.runtime.ProjectionStatus;
import com.sponsorship.web.security.PlatformUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Projection status, rebuilds and dead-letter retries over the API (admin); a second rebuild while one runs is a 409. */
@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionApiController {

    private final AdminService admins;

    ProjectionApiController(AdminService admins) {
        this.admins = admins;
    }

    @GetMapping
    List<ProjectionStatus> statuses() {
        return admins.projections();
    }

    /** The optional {@code reason} query parameter says why (a default is recorded without it). */
    @PostMapping({"/rebuild", "/{name}/rebuild"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<ProjectionStatus> rebuild(@AuthenticationPrincipal PlatformUser admin, @PathVariable(required = false) String name,
                                   @RequestParam(required = false) String reason) {
        admins.rebuild(admin, name, reason);
        return admins.projections();
    }

    /** Handles the projection's parked events again; the answer shows what is still queued. Optional {@code reason} as above. */
    @PostMapping("/{name}/dead-letters/retry")
    List<ProjectionStatus> retryDeadLetters(@AuthenticationPrincipal PlatformUser admin, @PathVariable String name,
                                            @RequestParam(required = false) String reason) {
        admins.retryDeadLetters(admin, name, reason);
        return admins.projections();
    }
}
