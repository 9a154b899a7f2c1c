package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.PageInfo;
import java.util.List;

public record DeliveryPage(List<DeliveryView> content, PageInfo page) {
}
