package com.sponsorship.web.audit;

import com.sponsorship.api.admin.AdminActionPage;
import com.sponsorship.api.admin.AdminActionView;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.web.common.PlatformQueries;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The admin-actions log for auditors and admins (the security configuration lets no one else
 * reach it): a page of it, or all of it for the CSV, narrowed by the same filters.
 */
@Service
class AdminActionLog {

    private final PlatformQueries queries;

    AdminActionLog(PlatformQueries queries) {
        this.queries = queries;
    }

    AdminActionPage page(AdminActionFilters filters, PageRequest page) {
        return queries.fetch(filters.toQuery(page), AdminActionPage.class);
    }

    List<AdminActionView> all(AdminActionFilters filters) {
        return queries.fetch(filters.toQuery(null), AdminActionPage.class).content();
    }
}
