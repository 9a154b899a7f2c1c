package com.sponsorship.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.sponsorship.api.common.Category;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.domain.Specification;

class SearchFiltersTest {

    @Test
    void anAbsentValueAddsNoConditionAndNoParameter() {
        List<Object> made = new ArrayList<>();
        SearchFilters<Object> search = new SearchFilters<>("things")
                .always(Specification.unrestricted())
                .with("name", "%a%", value -> made(made, value))
                .with("category", null, value -> made(made, value))
                .with("status", "OPEN", value -> made(made, value));

        assertThat(made).containsExactly("%a%", "OPEN");
        assertThat(search.parameters()).containsExactly(entry("name", "%a%"), entry("status", "OPEN"));
        assertThat(search.search()).isEqualTo("things");
    }

    @Test
    void blankTextIsNoFilterAndOtherTextAContainsPattern() {
        assertThat(SearchFilters.containing(null)).isNull();
        assertThat(SearchFilters.containing("   ")).isNull();
        assertThat(SearchFilters.containing(" Ann ")).isEqualTo("%ann%");
        assertThat(SearchFilters.containing("100%_off\\")).isEqualTo("%100\\%\\_off\\\\%");
    }

    @Test
    void directoriesFilterByNameAndCategoryWhenGiven() {
        assertThat(new SearchFilters<>("influencers").nameAndCategory(" Ivy ", Category.BEAUTY).parameters())
                .containsExactly(entry("name", "%ivy%"), entry("category", Category.BEAUTY));
        assertThat(new SearchFilters<>("campaigns").nameAndCategory("", null).parameters()).isEmpty();
    }

    private static Specification<Object> made(List<Object> made, Object value) {
        made.add(value);
        return Specification.unrestricted();
    }
}
