package com.sponsorship.query;

import com.sponsorship.api.common.PageRequest;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * The conditions of one read-model search as Spring Data JPA {@link Specification}s: a filter whose
 * value is absent adds nothing. The named values present (the search's parameters) identify the
 * search, so that its total can be remembered (see {@link ReadModelCounts}); a page's rows and its
 * total are two queries over the same conditions.
 */
public final class SearchFilters<T> {

    private final String search;
    private final List<Specification<T>> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** A search named {@code search} (unique among the read models' searches). */
    public SearchFilters(String search) {
        this.search = search;
    }

    /** A condition every result meets, whatever the request. */
    public SearchFilters<T> always(Specification<T> condition) {
        conditions.add(condition);
        return this;
    }

    /** The condition {@code filter} makes of {@code value}, if the value is present. */
    public <V> SearchFilters<T> with(String parameter, V value, Function<V, Specification<T>> filter) {
        if (value != null) {
            parameters.put(parameter, value);
            conditions.add(filter.apply(value));
        }
        return this;
    }

    /** The filters both directories offer: a name containing {@code text}, and a category. */
    public SearchFilters<T> nameAndCategory(String text, Object category) {
        return with("name", containing(text), like("name")).with("category", category, equal("category"));
    }

    public String search() {
        return search;
    }

    /** The values present, by parameter name, in the order they were given. */
    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    public Specification<T> specification() {
        return Specification.allOf(conditions);
    }

    /** One page of the results in {@code order}, without counting them all. */
    public List<T> page(JpaSpecificationExecutor<T> repository, PageRequest request, Sort order) {
        return repository.findBy(specification(), query -> query.slice(Pages.pageable(request, order))).getContent();
    }

    /** How many results there are in all: from memory while no read model has moved. */
    public long total(JpaSpecificationExecutor<T> repository, ReadModelCounts counts) {
        return counts.count(search, parameters, () -> repository.count(specification()));
    }

    /** {@code attribute} equal to the value. */
    public static <T> Function<Object, Specification<T>> equal(String attribute) {
        return value -> (root, query, builder) -> builder.equal(root.get(attribute), value);
    }

    /** {@code attribute} at or after the value. */
    public static <T, V extends Comparable<? super V>> Function<V, Specification<T>> atLeast(String attribute) {
        return value -> (root, query, builder) -> builder.greaterThanOrEqualTo(root.<V>get(attribute), value);
    }

    /** {@code attribute} before the value. */
    public static <T, V extends Comparable<? super V>> Function<V, Specification<T>> before(String attribute) {
        return value -> (root, query, builder) -> builder.lessThan(root.<V>get(attribute), value);
    }

    /** {@code attribute} contains the text in any case, given a pattern from {@link #containing}. */
    public static <T> Function<String, Specification<T>> like(String attribute) {
        return pattern -> Specification.where(likes(attribute, pattern));
    }

    /** {@code attribute} matches the lower-case LIKE pattern in any case. */
    public static <T> PredicateSpecification<T> likes(String attribute, String pattern) {
        return (row, builder) -> builder.like(builder.lower(row.get(attribute)), pattern);
    }

    /**
     * {@code attribute} is the id of a row of {@code entity} meeting {@code condition}: a subquery,
     * not a join, so that counting reads the searched table alone (and the subquery can use an index
     * of its own, such as a trigram index on names).
     */
    public static <T, E> Specification<T> idIn(String attribute, Class<E> entity, PredicateSpecification<E> condition) {
        return (root, query, builder) -> {
            Subquery<String> ids = query.subquery(String.class);
            Root<E> row = ids.from(entity);
            ids.select(row.get("id")).where(condition.toPredicate(row, builder));
            return root.get(attribute).in(ids);
        };
    }

    /** A lower-case "contains" pattern of {@code text}, or null (no filter) when it is blank. */
    public static String containing(String text) {
        return text == null || text.isBlank() ? null : Pages.containsPattern(text);
    }
}
