package com.sponsorship.web.config;

import com.sponsorship.api.common.Labeled;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration
public class WebConfiguration implements WebMvcConfigurer {

    /**
     * webjars-locator-lite (version-free Bootstrap paths) switches on Spring's resource chain, and
     * Spring Boot then registers ResourceUrlEncodingFilter, which rewrites links to versioned
     * resource URLs. The platform uses no versioned URLs, and the filter looked every link of every
     * page up on the classpath without caching the misses: 40% of the CPU of a page at the LARGE
     * data set. Registering it disabled keeps it off; requests for version-free webjar paths are
     * still resolved by the resource handler.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /**
     * Form fields and query parameters name fixed-list values by label ("Real-Estate") or Java name;
     * an unknown value binds as missing, which validation then reports next to its field.
     */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new ConverterFactory<String, Enum>() {
            @Override
            public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
                if (Labeled.class.isAssignableFrom(targetType)) {
                    return source -> source.isBlank() ? null : (T) Labeled.fromLabel((Class) targetType, source).orElse(null);
                }
                return source -> source.isBlank() ? null : (T) Enum.valueOf(targetType, source.trim());
            }
        });
    }
}
