package com.sponsorship.web.admin;

import com.sponsorship.api.account.RegisterAuditorCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.web.account.AccountForm;

/** An admin creates an auditor account; the body of POST /api/v1/admin/auditors. */
public class AuditorForm extends AccountForm {

    public RegisterAuditorCommand toCommand(String accountId, Actor admin) {
        return new RegisterAuditorCommand(accountId, admin, getName(), getEmail(), getPassword());
    }
}
