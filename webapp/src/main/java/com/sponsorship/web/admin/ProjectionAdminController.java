package com.sponsorship.web.admin;

import com.sponsorship.web.common.PageController;
import com.sponsorship.web.common.Refusals;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Projection status and rebuilds for admins: a page with a live progress bar. */
@PageController
class ProjectionAdminController {

    private final AdminService admins;

    ProjectionAdminController(AdminService admins) {
        this.admins = admins;
    }

    @GetMapping("/admin/projections")
    String page(Model model) {
        model.addAttribute("projections", admins.projections());
        model.addAttribute("rebuilding", admins.rebuilding());
        return "projections";
    }

    @PostMapping({"/admin/projections/rebuild", "/admin/projections/{name}/rebuild"})
    String rebuildFromPage(@AuthenticationPrincipal PlatformUser admin, @PathVariable(required = false) String name,
                           @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/admin/projections", "Rebuild started", () -> admins.rebuild(admin, name, reason));
    }

    @PostMapping("/admin/projections/{name}/dead-letters/retry")
    String retryDeadLetters(@AuthenticationPrincipal PlatformUser admin, @PathVariable String name,
                            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        long left = admins.retryDeadLetters(admin, name, reason);
        redirect.addFlashAttribute(left == 0 ? "notice" : "problem", left == 0
                ? "Every dead letter of " + name + " is handled"
                : left + " dead letters of " + name + " are still waiting; each shows why it failed");
        return "redirect:/admin/projections";
    }
}
