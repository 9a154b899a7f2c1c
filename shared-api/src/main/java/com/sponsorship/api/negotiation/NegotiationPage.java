package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.PageInfo;
import java.util.List;

public record NegotiationPage(List<NegotiationView> content, PageInfo page) {
}
