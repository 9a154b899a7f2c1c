package com.sponsorship.query.stats;

import java.math.BigDecimal;

/** Fixed ranges of payment amounts for the payment distribution chart. */
enum PaymentBucket {
    UNDER_100("< 100", 100),
    UNDER_250("100 – 249", 250),
    UNDER_500("250 – 499", 500),
    UNDER_1000("500 – 999", 1000),
    UNDER_2500("1,000 – 2,499", 2500),
    FROM_2500("2,500 +", Long.MAX_VALUE);

    private final String label;
    private final long below;

    PaymentBucket(String label, long below) {
        this.label = label;
        this.below = below;
    }

    String label() {
        return label;
    }

    static PaymentBucket of(BigDecimal amount) {
        for (PaymentBucket bucket : values()) {
            if (amount.compareTo(BigDecimal.valueOf(bucket.below)) < 0) {
                return bucket;
            }
        }
        return FROM_2500;
    }
}
