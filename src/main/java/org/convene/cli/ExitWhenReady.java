package org.convene.cli;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code convene.exit-when-ready=true}, the server stops as soon as it has started and the demo (if the
 * store was empty) is loaded and analysed. {@code .ci/convene} makes its JDK AOT training start this way, so
 * the cache also holds the method profiles of an import and an analysis, not only those of starting up.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after DemoLoader
@ConditionalOnProperty(name = "convene.exit-when-ready", havingValue = "true")
class ExitWhenReady implements ApplicationRunner {

    private final ApplicationContext context;

    ExitWhenReady(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        System.exit(SpringApplication.exit(context));
    }
}
