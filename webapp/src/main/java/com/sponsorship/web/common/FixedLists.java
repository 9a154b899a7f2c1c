package com.sponsorship.web.common;

import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.api.negotiation.DeliverableKind;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The fixed lists every form may offer as choices. */
@ControllerAdvice(annotations = PageController.class)
class FixedLists {

    @ModelAttribute("industries")
    Industry[] industries() {
        return Industry.values();
    }

    @ModelAttribute("categories")
    Category[] categories() {
        return Category.values();
    }

    @ModelAttribute("deliverableKinds")
    DeliverableKind[] deliverableKinds() {
        return DeliverableKind.values();
    }

    @ModelAttribute("visibilities")
    Visibility[] visibilities() {
        return Visibility.values();
    }
}
