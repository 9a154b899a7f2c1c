package com.sponsorship.query;

import com.sponsorship.api.common.PageInfo;
import com.sponsorship.api.common.PageRequest;
import java.util.Locale;
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

    /** By {@code attribute} in the given direction, then by id so that paging is stable. */
    public static Sort by(String attribute, boolean ascending) {
        return Sort.by(ascending ? Sort.Order.asc(attribute) : Sort.Order.desc(attribute), Sort.Order.asc("id"));
    }

    /** A lower-case LIKE pattern matching names that contain {@code text} in any case; blank matches all. */
    public static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public static PageInfo info(Page<?> page) {
        return PageInfo.of(page.getNumber(), page.getSize(), page.getTotalElements());
    }

    public static PageInfo info(PageRequest request, long totalElements) {
        return PageInfo.of(request.number(), request.size(), totalElements);
    }
}
