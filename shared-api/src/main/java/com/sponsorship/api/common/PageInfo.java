package com.sponsorship.api.common;

/** Position of one page in a paginated list. */
public record PageInfo(int size, int number, long totalElements, int totalPages) {

    public static PageInfo of(int number, int size, long totalElements) {
        int totalPages = size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        return new PageInfo(size, number, totalElements, totalPages);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < totalPages;
    }
}
