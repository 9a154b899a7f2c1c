package com.sponsorship.query;

import com.sponsorship.api.common.PageInfo;
import com.sponsorship.api.common.PageRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Translates the platform's page requests and Spring Data pages into each other. */
public final class Pages {

    private Pages() {
    }

    public static Pageable pageable(PageRequest request, Sort sort) {
        return org.springframework.data.domain.PageRequest.of(request.number(), request.size(), sort);
    }

    public static PageInfo info(Page<?> page) {
        return PageInfo.of(page.getNumber(), page.getSize(), page.getTotalElements());
    }
}
