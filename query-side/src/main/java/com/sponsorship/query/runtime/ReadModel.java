package com.sponsorship.query.runtime;

import com.sponsorship.query.account.AccountProjection;
import com.sponsorship.query.admin.AdminActionProjection;
import com.sponsorship.query.campaign.CampaignProjection;
import com.sponsorship.query.delivery.DeliveryProjection;
import com.sponsorship.query.negotiation.NegotiationProjection;
import com.sponsorship.query.stats.StatisticsProjection;
import java.util.List;
import java.util.Optional;

/**
 * A read model: the projection's processing group (also its tracking processor's name) and the
 * tables it alone writes. A rebuild fills copies of these tables and then replaces their rows.
 */
public record ReadModel(String name, Class<?> projection, List<String> tables) {

    public static final List<ReadModel> ALL = List.of(
            new ReadModel(AccountProjection.PROCESSING_GROUP, AccountProjection.class, List.of("account_view")),
            new ReadModel(CampaignProjection.PROCESSING_GROUP, CampaignProjection.class, List.of("campaign_view")),
            new ReadModel(NegotiationProjection.PROCESSING_GROUP, NegotiationProjection.class,
                    List.of("negotiation_view")),
            new ReadModel(DeliveryProjection.PROCESSING_GROUP, DeliveryProjection.class,
                    List.of("delivery_view", "delivery_offer")),
            new ReadModel(StatisticsProjection.PROCESSING_GROUP, StatisticsProjection.class,
                    List.of("stats_monthly", "stats_distribution", "stats_negotiation", "stats_campaign",
                            "stats_payment")),
            new ReadModel(AdminActionProjection.PROCESSING_GROUP, AdminActionProjection.class,
                    List.of("admin_action_view")));

    public static Optional<ReadModel> named(String name) {
        return ALL.stream().filter(model -> model.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(ReadModel::name).toList();
    }

    /** The processor (and dead-letter group) that fills the rebuilt copy. */
    public String rebuildProcessor() {
        return name + "-rebuild";
    }

    /** The schema holding the rebuilt copy until it replaces the read model. */
    public String rebuildSchema() {
        return "rebuild_" + name.replace('-', '_');
    }
}
