package com.sponsorship.audit;

/**
 * The chain: link n's hash is SHA-256(hash of link n-1 ‖ digest of the event chained at n), starting
 * from 32 zero bytes. Links are numbered from 1 in the order the chainer took the events, which is
 * their global order except for an event committed late into a gap of the global index, chained when
 * it appears (its position is in its digest, so the order of positions stays provable).
 */
public final class Chain {

    public static final byte[] GENESIS = new byte[32];

    private Chain() {
    }

    public static byte[] next(byte[] previousHash, byte[] eventDigest) {
        return Hashes.sha256(previousHash, eventDigest);
    }
}
