package com.sponsorship.query.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.FindNegotiationsQuery;
import com.sponsorship.api.negotiation.NegotiationFilters;
import com.sponsorship.api.negotiation.NegotiationStatus;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which conditions a negotiation search is made of: the rows they select are checked against PostgreSQL by the web app's tests. */
class NegotiationSearchTest {

    private static final PageRequest FIRST_PAGE = new PageRequest(0, 5);

    @Test
    void theScopeAndEachPresentFilterAreConditionsAndBlankOnesAreNot() {
        NegotiationFilters filters = new NegotiationFilters("  Spring Sale ", "  ", "Ann_", NegotiationStatus.AGREED,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertThat(NegotiationProjection.search(new FindNegotiationsQuery("s1", null, null, filters, FIRST_PAGE))
                .parameters()).containsExactly(
                entry("sponsorId", "s1"),
                entry("status", NegotiationStatus.AGREED),
                entry("influencerName", "%ann\\_%"),
                entry("openedFrom", Instant.parse("2026-03-01T00:00:00Z")),
                entry("openedBefore", Instant.parse("2026-04-01T00:00:00Z")),
                entry("campaign", "Spring Sale"));
    }

    @Test
    void withoutFiltersOnlyTheScopeNarrowsTheList() {
        assertThat(NegotiationProjection.search(new FindNegotiationsQuery(null, "i1", "c1", NegotiationFilters.NONE,
                FIRST_PAGE)).parameters()).containsExactly(entry("influencerId", "i1"), entry("campaignId", "c1"));
        assertThat(NegotiationProjection.search(new FindNegotiationsQuery(null, null, null, NegotiationFilters.NONE,
                FIRST_PAGE)).parameters()).isEmpty();
    }

    @Test
    void aDateRangeListsMostRecentlyOpenedFirstOtherwiseMostRecentlyChanged() {
        assertThat(NegotiationProjection.order(NegotiationFilters.NONE)).hasToString("updatedAt: DESC,id: ASC");
        assertThat(NegotiationProjection.order(new NegotiationFilters(null, null, null, null, null,
                LocalDate.of(2026, 3, 31)))).hasToString("openedAt: DESC,id: ASC");
    }

    @Test
    void theConditionsReachTheCriteriaQuery() {
        NegotiationFilters filters = new NegotiationFilters(null, "Bob", null, null, LocalDate.of(2026, 3, 1), null);
        CriteriaBuilder builder = mock(CriteriaBuilder.class, RETURNS_DEEP_STUBS);

        NegotiationProjection.search(new FindNegotiationsQuery("s1", null, null, filters, FIRST_PAGE)).specification()
                .toPredicate(mock(Root.class, RETURNS_DEEP_STUBS), mock(CriteriaQuery.class, RETURNS_DEEP_STUBS), builder);

        verify(builder).equal(any(), eq("s1"));
        verify(builder).like(any(), eq("%bob%"));
        verify(builder).greaterThanOrEqualTo(any(Expression.class), eq(Instant.parse("2026-03-01T00:00:00Z")));
        verify(builder, never()).lessThan(any(Expression.class), any(Instant.class));
    }
}
