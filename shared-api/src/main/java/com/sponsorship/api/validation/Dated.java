package com.sponsorship.api.validation;

import java.time.LocalDate;

/** Something that runs from a start date to an end date. */
public interface Dated {

    LocalDate startDate();

    LocalDate endDate();
}
