package com.sponsorship.api.payment;

/** An influencer's agreed deals with their payments; answered with {@link InfluencerPayments}. */
public record FindInfluencerPaymentsQuery(String influencerId) {
}
