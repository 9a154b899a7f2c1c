package com.sponsorship.query;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row keyed by the id of the aggregate it mirrors. A row created by a projection is
 * known to be new, so saving it inserts it: with an assigned id Spring Data would otherwise merge,
 * which first selects the row that cannot exist yet (one query per created row in a rebuild).
 */
@MappedSuperclass
public abstract class ReadModelRow implements Persistable<String> {

    @Id
    private String id;
    @Transient
    private boolean stored;

    protected ReadModelRow() {
    }

    protected ReadModelRow(String id) {
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
