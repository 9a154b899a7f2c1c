package com.sponsorship.web.account;

/** A person erasing their own account confirms it with their password. */
public class ErasureForm {
    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
