package com.sponsorship.web.config;

import com.sponsorship.api.common.Labeled;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
public class WebConfiguration implements WebMvcConfigurer {

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
