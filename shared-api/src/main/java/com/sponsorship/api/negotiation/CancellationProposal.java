package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Role;

/** A cancellation of an agreed deal proposed by one side ({@code proposedBy}), waiting for the other's answer. */
public record CancellationProposal(Role proposedBy, String reason) {
}
