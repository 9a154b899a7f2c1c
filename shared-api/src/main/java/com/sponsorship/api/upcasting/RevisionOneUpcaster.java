package com.sponsorship.api.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sponsorship.api.negotiation.Deliverable;
import com.sponsorship.api.negotiation.Terms;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Brings one event type stored before revisions were recorded (revision null) to revision 1 by
 * editing its JSON payload, the form Axon's Jackson 2 serializer stores. Events already at
 * revision 1 pass untouched.
 */
public abstract class RevisionOneUpcaster extends SingleEventUpcaster {

    static final String REVISION = "1";

    private final String typeName;

    protected RevisionOneUpcaster(Class<?> eventType) {
        this.typeName = eventType.getName();
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(typeName) && representation.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(typeName, REVISION), JsonNode.class, payload -> {
            ObjectNode upgraded = ((ObjectNode) payload).deepCopy();
            upgrade(upgraded);
            return upgraded;
        });
    }

    /** Adds what revision 1 has and the stored payload lacks. */
    protected abstract void upgrade(ObjectNode payload);

    /** The text of a field, or null when absent, null or blank. */
    static String text(ObjectNode payload, String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    /**
     * {@link Terms#standard} as JSON: one OTHER deliverable described by {@code description}, no due
     * date (the payload does not know the campaign's end), no usage rights, no exclusivity.
     */
    static ObjectNode standardTerms(String description) {
        Terms terms = Terms.standard(description, null);
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode deliverables = json.arrayNode();
        for (Deliverable deliverable : terms.deliverables()) {
            deliverables.addObject()
                    .put("kind", deliverable.kind().name())
                    .put("count", deliverable.count())
                    .put("description", deliverable.description());
        }
        ObjectNode node = json.objectNode();
        node.set("deliverables", deliverables);
        node.putNull("dueDate");
        node.put("usageRightsMonths", terms.usageRightsMonths());
        node.put("exclusivityDays", terms.exclusivityDays());
        return node;
    }

    /** An offer from before answer deadlines: its standard terms and no deadline. */
    static void addOfferTerms(ObjectNode payload, String description) {
        payload.set("terms", standardTerms(description));
        payload.putNull("answerBy");
    }
}
