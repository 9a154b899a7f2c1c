package com.sponsorship.api.common;

/** Which page of a list a query asks for; out-of-range values are brought back into range. */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_SIZE = 5;
    public static final int MAX_SIZE = 100;
    /** The rows before the last page still fit the int offset JPA counts them in. */
    public static final int MAX_NUMBER = Integer.MAX_VALUE / MAX_SIZE - 1;

    public PageRequest {
        number = Math.min(Math.max(0, number), MAX_NUMBER);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageRequest of(Integer number, Integer size) {
        return new PageRequest(number == null ? 0 : number, size == null ? DEFAULT_SIZE : size);
    }
}
