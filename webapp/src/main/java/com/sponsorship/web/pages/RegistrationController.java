package com.sponsorship.web.pages;

import com.sponsorship.web.command.PlatformCommands;
import com.sponsorship.web.forms.InfluencerRegistrationForm;
import com.sponsorship.web.forms.SponsorRegistrationForm;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/register")
class RegistrationController {

    private final PlatformCommands commands;

    RegistrationController(PlatformCommands commands) {
        this.commands = commands;
    }

    @GetMapping("/sponsor")
    String sponsorForm(@ModelAttribute("form") SponsorRegistrationForm form) {
        return "register-sponsor";
    }

    @PostMapping("/sponsor")
    String registerSponsor(@ModelAttribute("form") SponsorRegistrationForm form, BindingResult binding) {
        boolean registered = FormSubmission.submit(binding,
                () -> commands.send(form.toCommand(UUID.randomUUID().toString())));
        return registered ? "redirect:/login?registered" : "register-sponsor";
    }

    @GetMapping("/influencer")
    String influencerForm(@ModelAttribute("form") InfluencerRegistrationForm form) {
        return "register-influencer";
    }

    @PostMapping("/influencer")
    String registerInfluencer(@ModelAttribute("form") InfluencerRegistrationForm form, BindingResult binding) {
        boolean registered = FormSubmission.submit(binding,
                () -> commands.send(form.toCommand(UUID.randomUUID().toString())));
        return registered ? "redirect:/login?registered" : "register-influencer";
    }
}
