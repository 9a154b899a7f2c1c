package com.sponsorship.api.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Role;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChartTest {

    @Test
    void eachRoleSeesTheChartsOfItsScope() {
        assertThat(visible(Role.ADMIN)).containsExactly(Chart.values());
        assertThat(visible(Role.AUDITOR)).containsExactly(Chart.values());
        assertThat(visible(Role.SPONSOR)).doesNotContain(Chart.ACCOUNTS_PER_MONTH).contains(Chart.CAMPAIGNS_PER_MONTH);
        assertThat(visible(Role.INFLUENCER)).as("an influencer has no campaigns")
                .doesNotContain(Chart.ACCOUNTS_PER_MONTH, Chart.CAMPAIGNS_PER_MONTH)
                .contains(Chart.AD_REQUESTS_PER_MONTH, Chart.STATUS_DISTRIBUTION, Chart.PAYMENT_DISTRIBUTION);
    }

    private static Chart[] visible(Role role) {
        return Arrays.stream(Chart.values()).filter(chart -> chart.visibleTo(role)).toArray(Chart[]::new);
    }
}
