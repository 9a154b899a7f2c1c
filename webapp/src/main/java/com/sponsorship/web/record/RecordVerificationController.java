package com.sponsorship.web.record;

import com.sponsorship.command.chain.RecordVerification;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "Verify the record" page for admins and auditors: a button, a progress bar, the result in words. */
@PageController
class RecordVerificationController {

    private final RecordVerification verification;

    RecordVerificationController(RecordVerification verification) {
        this.verification = verification;
    }

    @GetMapping("/audit/record")
    String page(Model model) {
        model.addAttribute("verification", verification.status());
        return "record";
    }

    @PostMapping("/audit/record/verification")
    String start(@AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", verification.start(user.accountId())
                ? "Verification started: this page follows its progress"
                : "A verification is already running: this page follows its progress");
        return "redirect:/audit/record";
    }
}
