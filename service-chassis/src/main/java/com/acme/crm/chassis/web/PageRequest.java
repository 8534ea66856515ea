package com.acme.crm.chassis.web;

/**
 * A validated page of a list request: zero-based page number and page size.
 */
public record PageRequest(int page, int size) {

    public static PageRequest of(Integer page, Integer size, int defaultSize, int maxSize) {
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        if (p < 0) {
            throw new InvalidFieldException("page", "must be 0 or more");
        }
        if (s < 1 || s > maxSize) {
            throw new InvalidFieldException("size", "must be between 1 and " + maxSize);
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
