package com.sponsorship.web.common;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A page number or size typed into the address bar that is not a number (page=abc, page=1e99)
 * reads as 0 instead of an error page; {@link com.sponsorship.api.common.PageRequest} then brings
 * it into range, so a page list always shows something.
 */
@ControllerAdvice(annotations = PageController.class)
class LenientPaging {

    @InitBinder({"page", "size"})
    void readUnreadableNumbersAsZero(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(parse(text));
            }
        });
    }

    static int parse(String text) {
        try {
            long number = Long.parseLong(text.trim());
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
