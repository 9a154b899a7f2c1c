package com.sponsorship.api.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Role;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChartTest {

    @Test
    void eachRoleSeesTheChartsOfItsScope() {
        assertThat(visible(Role.ADMIN)).as("spend vs budget is a sponsor's own")
                .containsExactly(Arrays.stream(Chart.values()).filter(c -> c != Chart.SPEND_VS_BUDGET).toArray(Chart[]::new));
        assertThat(visible(Role.AUDITOR)).containsExactly(visible(Role.ADMIN));
        assertThat(visible(Role.SPONSOR)).doesNotContain(Chart.ACCOUNTS_PER_MONTH, Chart.EARNINGS_PER_MONTH)
                .contains(Chart.CAMPAIGNS_PER_MONTH, Chart.SPEND_VS_BUDGET, Chart.DEAL_LIFECYCLE);
        assertThat(visible(Role.INFLUENCER)).as("an influencer has no campaigns")
                .doesNotContain(Chart.ACCOUNTS_PER_MONTH, Chart.CAMPAIGNS_PER_MONTH, Chart.SPEND_VS_BUDGET)
                .contains(Chart.AD_REQUESTS_PER_MONTH, Chart.STATUS_DISTRIBUTION, Chart.PAYMENT_DISTRIBUTION,
                        Chart.DEAL_LIFECYCLE, Chart.DEAL_DURATIONS, Chart.NEGOTIATION_ROUNDS, Chart.EARNINGS_PER_MONTH);
    }

    private static Chart[] visible(Role role) {
        return Arrays.stream(Chart.values()).filter(chart -> chart.visibleTo(role)).toArray(Chart[]::new);
    }
}
