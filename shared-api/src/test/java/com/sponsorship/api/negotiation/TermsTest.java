package com.sponsorship.api.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TermsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static final Terms KNOWN = new Terms(List.of(
            new Deliverable(DeliverableKind.INSTAGRAM_POST, 2, "Product in use"),
            new Deliverable(DeliverableKind.TIKTOK_VIDEO, 1, null)),
            LocalDate.of(2027, 3, 15), 6, 30);

    @Test
    void theCanonicalFormIsVersionedLineByLineAndLengthPrefixed() {
        assertThat(KNOWN.canonical()).isEqualTo("""
                terms-v1
                deliverables:2
                INSTAGRAM_POST;2;14;Product in use
                TIKTOK_VIDEO;1;0;
                due:2027-03-15
                usageRightsMonths:6
                exclusivityDays:30
                """);
    }

    @Test
    void aKnownValueHasAKnownDigest() {
        // printf 'terms-v1\ndeliverables:2\nINSTAGRAM_POST;2;14;Product in use\nTIKTOK_VIDEO;1;0;\n
        //   due:2027-03-15\nusageRightsMonths:6\nexclusivityDays:30\n' | sha256sum
        assertThat(KNOWN.digest()).isEqualTo("9d283a5072037f653e050a248858817caf46f7f11843ae2521d6b451220b8ced");
    }

    @Test
    void anyChangeOfAnyFieldChangesTheDigest() {
        Deliverable post = KNOWN.deliverables().get(0);
        Deliverable video = KNOWN.deliverables().get(1);
        List<Terms> changed = new ArrayList<>(List.of(
                new Terms(List.of(new Deliverable(DeliverableKind.INSTAGRAM_REEL, 2, "Product in use"), video), KNOWN.dueDate(), 6, 30),
                new Terms(List.of(new Deliverable(DeliverableKind.INSTAGRAM_POST, 3, "Product in use"), video), KNOWN.dueDate(), 6, 30),
                new Terms(List.of(new Deliverable(DeliverableKind.INSTAGRAM_POST, 2, "Product in use!"), video), KNOWN.dueDate(), 6, 30),
                new Terms(List.of(video, post), KNOWN.dueDate(), 6, 30),
                new Terms(List.of(post), KNOWN.dueDate(), 6, 30),
                new Terms(KNOWN.deliverables(), KNOWN.dueDate().plusDays(1), 6, 30),
                new Terms(KNOWN.deliverables(), null, 6, 30),
                new Terms(KNOWN.deliverables(), KNOWN.dueDate(), 7, 30),
                new Terms(KNOWN.deliverables(), KNOWN.dueDate(), 6, 0)));
        // a description that imitates the next line cannot collide with two deliverables
        changed.add(new Terms(List.of(new Deliverable(DeliverableKind.INSTAGRAM_POST, 2,
                "Product in use\nTIKTOK_VIDEO;1;0;")), KNOWN.dueDate(), 6, 30));
        Set<String> digests = changed.stream().map(Terms::digest).collect(Collectors.toSet());
        assertThat(digests).hasSize(changed.size()).doesNotContain(KNOWN.digest());
        assertThat(new Terms(List.copyOf(KNOWN.deliverables()), LocalDate.of(2027, 3, 15), 6, 30).digest())
                .as("equal terms, equal digest").isEqualTo(KNOWN.digest());
    }

    @Test
    void standardTermsAreOneOtherDeliverableDescribedByTheTextCutTo250() {
        Terms standard = Terms.standard("  " + "x".repeat(300) + " ", LocalDate.of(2027, 1, 1));
        assertThat(standard.deliverables()).containsExactly(new Deliverable(DeliverableKind.OTHER, 1, "x".repeat(250)));
        assertThat(standard.dueDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(standard.usageRightsMonths()).isZero();
        assertThat(standard.exclusivityDays()).isZero();
        assertThat(Terms.standard(null, null).deliverables().get(0).description()).isNull();
    }

    @Test
    void changesNameEachFieldThatDiffers() {
        Terms next = new Terms(KNOWN.deliverables(), KNOWN.dueDate().plusDays(3), 0, 30);
        assertThat(next.changesFrom(KNOWN)).containsExactly("Due: 2027-03-15 → 2027-03-18", "Usage rights: 6 months → none");
        assertThat(KNOWN.changesFrom(KNOWN)).isEmpty();
        assertThat(KNOWN.changesFrom(null)).isEmpty();
    }

    @Test
    void validationNamesTheFieldsOfTheDeliverables() {
        Terms bad = new Terms(List.of(new Deliverable(null, 0, "d".repeat(251))), LocalDate.of(1999, 1, 1), -1, 400);
        assertThat(VALIDATOR.validate(bad)).extracting(v -> v.getPropertyPath().toString()).containsExactlyInAnyOrder(
                "deliverables[0].kind", "deliverables[0].count", "deliverables[0].description", "dueDate",
                "usageRightsMonths", "exclusivityDays");
        Set<ConstraintViolation<Terms>> empty = VALIDATOR.validate(new Terms(List.of(), null, null, null));
        assertThat(empty).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("deliverables", "dueDate", "usageRightsMonths", "exclusivityDays");
        assertThat(VALIDATOR.validate(KNOWN)).isEmpty();
    }
}
