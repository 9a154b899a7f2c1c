package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.DataSubject;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.PersonalData;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SponsorRegisteredEvent(@DataSubject String accountId, @PersonalData(erased = PersonalData.ERASED_NAME) String name, @PersonalData(erased = PersonalData.ERASED_EMAIL) String email, Industry industry, Actor actor) {
}
