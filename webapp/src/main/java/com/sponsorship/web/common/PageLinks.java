package com.sponsorship.web.common;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Links to another page of the current list that keep every other parameter (filters, sort),
 * offered to every page as the model attribute {@code pageLinks}.
 */
@ControllerAdvice(annotations = PageController.class)
public class PageLinks {

    @ModelAttribute("pageLinks")
    PageLinks pageLinks() {
        return this;
    }

    public String to(String parameter, int page) {
        UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(parameter, page)
                .build();
        return current.getPath() + "?" + current.getQuery();
    }
}
