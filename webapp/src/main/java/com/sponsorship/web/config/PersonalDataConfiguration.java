package com.sponsorship.web.config;

import com.sponsorship.command.privacy.JpaPersonalDataKeys;
import com.sponsorship.command.privacy.PersonalDataKeys;
import com.sponsorship.command.privacy.PersonalDataProtection;
import com.sponsorship.command.privacy.PersonalDataSerializer;
import com.sponsorship.command.privacy.PlainPersonalDataMigration;
import javax.sql.DataSource;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Personal data in events is stored encrypted per person (crypto-shredding): Axon's event
 * serializer, as configured, is wrapped in a {@link PersonalDataSerializer}, in the embedded
 * default and with Axon Server alike. Values stored in plain text before are encrypted once, right
 * after Flyway's migrations: before the entity manager exists, so before any command, event
 * processor or chain can read the store.
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

    /** The bean name of Axon's event serializer. */
    private static final String EVENT_SERIALIZER = "eventSerializer";

    @Bean
    PersonalDataKeys personalDataKeys(EntityManagerProvider entityManagerProvider) {
        return new JpaPersonalDataKeys(entityManagerProvider);
    }

    @Bean
    PersonalDataProtection personalDataProtection(PersonalDataKeys keys) {
        return new PersonalDataProtection(keys);
    }

    @Bean
    PlainPersonalDataMigration plainPersonalDataMigration(DataSource dataSource) {
        return new PlainPersonalDataMigration(dataSource);
    }

    @Bean
    Callback plainPersonalDataMigrationAfterFlyway(PlainPersonalDataMigration migration) {
        return new BaseCallback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_MIGRATE;
            }

            @Override
            public void handle(Event event, Context context) {
                migration.runOnce();
            }

            @Override
            public String getCallbackName() {
                return "plainPersonalDataMigration";
            }
        };
    }

    @Bean
    static BeanPostProcessor personalDataEventSerializer(ObjectProvider<PersonalDataProtection> protection) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return EVENT_SERIALIZER.equals(beanName) && bean instanceof Serializer serializer
                        ? new PersonalDataSerializer(serializer, protection.getObject()) : bean;
            }
        };
    }
}
