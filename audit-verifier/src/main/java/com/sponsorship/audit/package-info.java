/**
 * The rules of the platform's tamper-evident record, in one place for the platform that writes it and
 * the offline verifier that checks it: how a stored event is digested, how digests are chained, what a
 * checkpoint and a deal certificate say when signed, and the platform's Ed25519 key.
 * No database, no network, no Spring.
 */
package com.sponsorship.audit;
