package com.sponsorship.query.negotiation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sponsorship.api.negotiation.Terms;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The terms on the table in one text column of the read model, as JSON (dates ISO). */
@Converter
public class TermsColumn implements AttributeConverter<Terms, String> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public String convertToDatabaseColumn(Terms terms) {
        try {
            return terms == null ? null : JSON.writeValueAsString(terms);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Terms are plain values and always serialize", e);
        }
    }

    @Override
    public Terms convertToEntityAttribute(String column) {
        try {
            return column == null ? null : JSON.readValue(column, Terms.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The terms column holds what convertToDatabaseColumn wrote", e);
        }
    }
}
