package com.sponsorship.query.delivery;

import com.sponsorship.api.negotiation.Terms;
import com.sponsorship.query.negotiation.TermsColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The terms on the table of a negotiation not concluded yet. */
@Entity
@Table(name = "delivery_offer")
class DeliveryOffer {

    @Id
    @Column(name = "negotiation_id")
    private String negotiationId;
    @Convert(converter = TermsColumn.class)
    private Terms terms;

    protected DeliveryOffer() {
    }

    DeliveryOffer(String negotiationId, Terms terms) {
        this.negotiationId = negotiationId;
        this.terms = terms;
    }

    String negotiationId() {
        return negotiationId;
    }

    Terms terms() {
        return terms;
    }

    /** An offer's terms; an offer naming none keeps those on the table (as {@link com.sponsorship.api.negotiation.NegotiationState} does). */
    void offer(Terms offered) {
        if (offered != null) {
            this.terms = offered;
        }
    }
}
