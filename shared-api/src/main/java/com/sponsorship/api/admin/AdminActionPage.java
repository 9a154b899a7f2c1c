package com.sponsorship.api.admin;

import com.sponsorship.api.common.PageInfo;
import java.util.List;

public record AdminActionPage(List<AdminActionView> content, PageInfo page) {
}
