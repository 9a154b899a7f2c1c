package com.sponsorship.query.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryOfferRepository extends JpaRepository<DeliveryOffer, String> {
}
