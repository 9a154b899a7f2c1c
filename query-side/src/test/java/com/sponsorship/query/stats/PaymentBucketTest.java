package com.sponsorship.query.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentBucketTest {

    @ParameterizedTest
    @CsvSource({
            "0, UNDER_100", "99.99, UNDER_100", "100, UNDER_250", "249.99, UNDER_250", "250, UNDER_500",
            "500, UNDER_1000", "999.99, UNDER_1000", "1000, UNDER_2500", "2499.99, UNDER_2500", "2500, FROM_2500",
            "1000000000, FROM_2500"})
    void eachAmountFallsInTheBucketBelowWhoseBoundItIs(String amount, PaymentBucket bucket) {
        assertThat(PaymentBucket.of(new BigDecimal(amount))).isEqualTo(bucket);
    }
}
