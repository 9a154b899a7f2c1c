package com.sponsorship.web.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller that renders pages. Pages and the JSON API sit side by side in each feature's
 * package, so the advice meant for pages only (lenient paging, the signed-in account, the fixed
 * lists, page links) is scoped by this annotation, and the API's error handling by
 * {@link org.springframework.web.bind.annotation.RestController}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
