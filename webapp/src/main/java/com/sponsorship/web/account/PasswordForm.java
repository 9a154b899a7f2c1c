package com.sponsorship.web.account;

import com.sponsorship.api.account.ChangePasswordCommand;
import com.sponsorship.web.security.PlatformUser;

/** The password change on the profile page. */
public class PasswordForm {
    private String currentPassword;
    private String newPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    ChangePasswordCommand toCommand(PlatformUser user) {
        return new ChangePasswordCommand(user.accountId(), user.actor(), currentPassword, newPassword);
    }
}
