package com.sponsorship.web.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.negotiation.Deliverable;
import com.sponsorship.api.negotiation.DeliverableKind;
import com.sponsorship.api.negotiation.Terms;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermsFormTest {

    private static TermsForm.DeliverableRow row(String kind, Integer count, String description) {
        TermsForm.DeliverableRow row = new TermsForm.DeliverableRow();
        row.setKind(kind);
        row.setCount(count);
        row.setDescription(description);
        return row;
    }

    @Test
    void emptyRowsAreIgnoredAndTheRestMoveUpSoErrorsLandNextToTheirRow() {
        TermsForm form = new TermsForm();
        form.setDeliverables(List.of(row(null, null, " "), row("tiktok_video", 2, " Dance "), row("", null, null)));
        form.setDueDate(LocalDate.of(2027, 1, 1));

        assertThat(TermsForm.of(form)).isEqualTo(new Terms(List.of(new Deliverable(DeliverableKind.TIKTOK_VIDEO, 2, "Dance")),
                LocalDate.of(2027, 1, 1), 0, 0));
        assertThat(form.getDeliverables()).hasSize(1);
        assertThat(form.withPageRows().getDeliverables()).hasSize(3);
    }

    @Test
    void aBlankFormMeansNoTermsAndAnUnknownKindReadsAsMissing() {
        assertThat(TermsForm.of(new TermsForm().withPageRows())).isNull();
        assertThat(TermsForm.of(null)).isNull();
        TermsForm form = new TermsForm();
        form.setDeliverables(List.of(row("CARRIER_PIGEON", 1, null)));
        assertThat(TermsForm.of(form).deliverables().get(0).kind()).isNull();
        TermsForm nulls = new TermsForm();
        nulls.setDeliverables(Arrays.asList(null, row("OTHER", 1, null)));
        assertThat(TermsForm.of(nulls).deliverables()).containsExactly(new Deliverable(DeliverableKind.OTHER, 1, null));
    }

    @Test
    void aPageShowsTheTermsOnTheTableWithARowToSpare() {
        Terms terms = new Terms(List.of(new Deliverable(DeliverableKind.BLOG_POST, 1, "Review"),
                new Deliverable(DeliverableKind.OTHER, 1, null), new Deliverable(DeliverableKind.YOUTUBE_SHORT, 3, null)),
                LocalDate.of(2027, 2, 1), 3, 7);
        TermsForm shown = TermsForm.showing(terms);
        assertThat(shown.getDeliverables()).hasSize(4);
        assertThat(shown.getDeliverables().get(0).getKind()).isEqualTo("BLOG_POST");
        assertThat(TermsForm.of(shown)).isEqualTo(terms);
    }
}
