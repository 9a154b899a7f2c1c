package com.sponsorship.web.forms;

import com.sponsorship.api.account.RegisterAuditorCommand;
import com.sponsorship.api.common.Actor;

/** An admin creates an auditor account; the body of POST /api/v1/admin/auditors. */
public class AuditorForm {

    private String name;
    private String email;
    private String password;

    public RegisterAuditorCommand toCommand(String accountId, Actor admin) {
        return new RegisterAuditorCommand(accountId, admin, name, email, password);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
