package com.sponsorship.web.forms;

import com.sponsorship.api.account.RegisterAuditorCommand;
import com.sponsorship.api.common.Actor;

/** An admin creates an auditor account; the body of POST /api/v1/admin/auditors. */
public class AuditorForm extends AccountForm {

    public RegisterAuditorCommand toCommand(String accountId, Actor admin) {
        return new RegisterAuditorCommand(accountId, admin, getName(), getEmail(), getPassword());
    }
}
