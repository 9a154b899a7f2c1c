package com.sponsorship.web.negotiation;

import com.sponsorship.api.negotiation.Deliverable;
import com.sponsorship.api.negotiation.DeliverableKind;
import com.sponsorship.api.negotiation.Terms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The terms fields of the ad-request and counter-offer forms and of their JSON bodies
 * ({@code terms: {deliverables: [{kind, count, description}], dueDate, usageRightsMonths, exclusivityDays}}).
 * Deliverable rows left empty are ignored; usage rights and exclusivity left out mean none (0).
 */
public class TermsForm {

    /** Rows a page offers for deliverables. */
    static final int PAGE_ROWS = 3;

    private List<DeliverableRow> deliverables = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;
    private Integer usageRightsMonths;
    private Integer exclusivityDays;

    /** A form showing these terms (none: empty), with room for at least {@link #PAGE_ROWS} deliverables. */
    static TermsForm showing(Terms terms) {
        TermsForm form = new TermsForm();
        if (terms != null) {
            terms.deliverables().forEach(item -> form.deliverables.add(DeliverableRow.of(item)));
            form.dueDate = terms.dueDate();
            form.usageRightsMonths = terms.usageRightsMonths();
            form.exclusivityDays = terms.exclusivityDays();
        }
        return form.withPageRows();
    }

    /** Pads the deliverables with empty rows up to {@link #PAGE_ROWS} and one more, for a page to show. */
    TermsForm withPageRows() {
        while (deliverables.size() < PAGE_ROWS || !deliverables.get(deliverables.size() - 1).blank()) {
            deliverables.add(new DeliverableRow());
        }
        return this;
    }

    /** Nothing filled in: a page form left as it was offered. */
    boolean blank() {
        return deliverables.stream().allMatch(DeliverableRow::blank) && dueDate == null && usageRightsMonths == null
                && exclusivityDays == null;
    }

    /**
     * The terms these fields give, after dropping the empty deliverable rows from the form itself,
     * so that a problem reported at {@code terms.deliverables[i]} is next to row i when shown again.
     */
    Terms toTerms() {
        deliverables = new ArrayList<>(deliverables.stream().filter(row -> !row.blank()).toList());
        return new Terms(deliverables.stream().map(DeliverableRow::toDeliverable).toList(), dueDate,
                usageRightsMonths == null ? 0 : usageRightsMonths, exclusivityDays == null ? 0 : exclusivityDays);
    }

    /** Terms of an ad request or a counter-offer: none when the form was left blank (standard terms, or unchanged). */
    static Terms of(TermsForm form) {
        return form == null || form.blank() ? null : form.toTerms();
    }

    public List<DeliverableRow> getDeliverables() {
        return deliverables;
    }

    public void setDeliverables(List<DeliverableRow> deliverables) {
        this.deliverables = deliverables == null ? new ArrayList<>()
                : new ArrayList<>(deliverables.stream().map(row -> row == null ? new DeliverableRow() : row).toList());
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Integer getUsageRightsMonths() {
        return usageRightsMonths;
    }

    public void setUsageRightsMonths(Integer usageRightsMonths) {
        this.usageRightsMonths = usageRightsMonths;
    }

    public Integer getExclusivityDays() {
        return exclusivityDays;
    }

    public void setExclusivityDays(Integer exclusivityDays) {
        this.exclusivityDays = exclusivityDays;
    }

    /** One deliverable: its kind by Java name (an unknown one reads as missing), how many, a description. */
    public static class DeliverableRow {

        private String kind;
        private Integer count;
        private String description;

        static DeliverableRow of(Deliverable deliverable) {
            DeliverableRow row = new DeliverableRow();
            row.kind = deliverable.kind() == null ? null : deliverable.kind().name();
            row.count = deliverable.count();
            row.description = deliverable.description();
            return row;
        }

        boolean blank() {
            return (kind == null || kind.isBlank()) && count == null && (description == null || description.isBlank());
        }

        Deliverable toDeliverable() {
            return new Deliverable(DeliverableKind.of(kind), count,
                    description == null || description.isBlank() ? null : description.strip());
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }
}
