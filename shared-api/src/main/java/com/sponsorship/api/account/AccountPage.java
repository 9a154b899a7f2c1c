package com.sponsorship.api.account;

import com.sponsorship.api.common.PageInfo;
import java.util.List;

public record AccountPage(List<AccountView> content, PageInfo page) {
}
