package com.sponsorship.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --demo-data=small|medium|large}: once the application is ready (the admin account exists,
 * pages are served) it generates demo data and prints the demo logins; the application then keeps
 * running as usual. A wrong size stops the start-up with a clear message.
 */
@Component
@ConditionalOnProperty("demo-data")
class DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoData demoData;
    private final DemoSize size;

    DemoDataRunner(DemoData demoData, @Value("${demo-data}") String size) {
        this.demoData = demoData;
        this.size = DemoSize.parse(size);
    }

    @EventListener(ApplicationReadyEvent.class)
    void generate() {
        log.info(demoData.generate(size).report());
    }
}
