package com.sponsorship.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LabeledTest {

    @ParameterizedTest
    @ValueSource(strings = {"Food-and-Beverage", "FOOD_AND_BEVERAGE", "food-and-beverage", "FOOD-AND-BEVERAGE",
            "food_and_beverage", "  Food-and-Beverage  "})
    void industryIsFoundByLabelOrJavaNameInAnyCase(String text) {
        assertThat(Industry.of(text)).isEqualTo(Industry.FOOD_AND_BEVERAGE);
        assertThat(Labeled.fromLabel(Industry.class, text)).contains(Industry.FOOD_AND_BEVERAGE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Snacks", "Food and Beverage", "Food", "FoodAndBeverage", "Food-and-Beverage-"})
    void unknownIndustryReadsAsMissing(String text) {
        assertThat(Industry.of(text)).isNull();
        assertThat(Labeled.fromLabel(Industry.class, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Home-Decor", "HOME_DECOR", "home-decor", "Home_Decor"})
    void categoryIsFoundByLabelOrJavaNameInAnyCase(String text) {
        assertThat(Category.of(text)).isEqualTo(Category.HOME_DECOR);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Cooking", "Home Decor", "Food-and-Beverage"})
    void unknownCategoryReadsAsMissing(String text) {
        assertThat(Category.of(text)).isNull();
        assertThat(Labeled.fromLabel(Category.class, text)).isEmpty();
    }

    @Test
    void visibilityIsFoundByLabelInAnyCase() {
        assertThat(Visibility.of("private")).isEqualTo(Visibility.PRIVATE);
        assertThat(Visibility.of("Public")).isEqualTo(Visibility.PUBLIC);
        assertThat(Visibility.of("Hidden")).isNull();
    }

    @ParameterizedTest
    @EnumSource(Industry.class)
    void everyIndustryIsFoundByItsOwnLabelAndName(Industry industry) {
        assertThat(Industry.of(industry.label())).isEqualTo(industry);
        assertThat(Industry.of(industry.name())).isEqualTo(industry);
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void everyCategoryIsFoundByItsOwnLabelAndName(Category category) {
        assertThat(Category.of(category.label())).isEqualTo(category);
        assertThat(Category.of(category.name())).isEqualTo(category);
    }

    @Test
    void thereAre43IndustriesAnd46Categories() {
        assertThat(Industry.values()).hasSize(43);
        assertThat(Category.values()).hasSize(46);
    }
}
