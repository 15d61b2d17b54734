package org.palpate.scheduling;

/**
 * The batch order of each training epoch, drawn exactly as fsrs-rs draws it: Rust's {@code StdRng} (ChaCha with 12
 * rounds) seeded with {@code seed_from_u64}, and the {@code SliceRandom::shuffle} of the {@code rand} crate
 * (docs/optimizer.md, "Batch order"). Same seed, same sequence of orders, on every machine.
 */
final class BatchShuffle {
    private static final int[] CONSTANTS = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};

    private final int[] key = new int[8];
    private final int[] block = new int[16];
    private long counter;
    private int index = 16;

    BatchShuffle(long seed) {
        // rand_core's seed_from_u64: a PCG32 stream fills the 32-byte ChaCha key
        long state = seed;
        for (int i = 0; i < 8; i++) {
            state = state * 6364136223846793005L + 0xA176_54E4_6FBE_17F3L;
            int xorShifted = (int) (((state >>> 18) ^ state) >>> 27);
            int rotation = (int) (state >>> 59);
            key[i] = Integer.rotateRight(xorShifted, rotation);
        }
    }

    /** Shuffles {@code order} in place, as {@code rand} 0.9's {@code shuffle} does on a slice of that length. */
    void shuffle(int[] order) {
        // rand 0.9: forward Fisher-Yates; the indices for several positions are packed into one bounded u32 draw
        int n = 0;
        int chunk = 0;
        int chunkRemaining = 1;
        for (int i = 0; i < order.length; i++) {
            int nextN = n + 1;
            int nextRemaining;
            if (chunkRemaining == 0) {
                long product = nextN;
                long current = nextN + 1L;
                while (product * current <= 0xFFFF_FFFFL) {
                    product *= current;
                    current++;
                }
                chunk = (int) below(product);
                nextRemaining = (int) (current - nextN) - 1;
            } else {
                nextRemaining = chunkRemaining - 1;
            }
            int pick;
            if (nextRemaining == 0) {
                pick = (int) Long.remainderUnsigned(Integer.toUnsignedLong(chunk), nextN);
            } else {
                pick = (int) Long.remainderUnsigned(Integer.toUnsignedLong(chunk), nextN);
                chunk = (int) Long.divideUnsigned(Integer.toUnsignedLong(chunk), nextN);
            }
            chunkRemaining = nextRemaining;
            n = nextN;
            int swap = order[i];
            order[i] = order[pick];
            order[pick] = swap;
        }
    }

    /** rand 0.9's {@code random_range(..bound)} for u32: a widening multiply with one extra draw against bias. */
    long below(long bound) {
        long first = Integer.toUnsignedLong(nextInt()) * bound;
        long result = first >>> 32;
        long low = first & 0xFFFF_FFFFL;
        if (low > ((-bound) & 0xFFFF_FFFFL)) {
            long extra = (Integer.toUnsignedLong(nextInt()) * bound) >>> 32;
            if (low + extra > 0xFFFF_FFFFL) {
                result++;
            }
        }
        return result;
    }

    /** The next 32-bit word of the ChaCha12 key stream (counter from 0, stream 0). */
    int nextInt() {
        if (index == 16) {
            refill();
            index = 0;
        }
        return block[index++];
    }

    private void refill() {
        int[] x = new int[16];
        System.arraycopy(CONSTANTS, 0, x, 0, 4);
        System.arraycopy(key, 0, x, 4, 8);
        x[12] = (int) counter;
        x[13] = (int) (counter >>> 32);
        int[] input = x.clone();
        for (int round = 0; round < 6; round++) {
            quarter(x, 0, 4, 8, 12);
            quarter(x, 1, 5, 9, 13);
            quarter(x, 2, 6, 10, 14);
            quarter(x, 3, 7, 11, 15);
            quarter(x, 0, 5, 10, 15);
            quarter(x, 1, 6, 11, 12);
            quarter(x, 2, 7, 8, 13);
            quarter(x, 3, 4, 9, 14);
        }
        for (int i = 0; i < 16; i++) {
            block[i] = x[i] + input[i];
        }
        counter++;
    }

    private static void quarter(int[] x, int a, int b, int c, int d) {
        x[a] += x[b];
        x[d] = Integer.rotateLeft(x[d] ^ x[a], 16);
        x[c] += x[d];
        x[b] = Integer.rotateLeft(x[b] ^ x[c], 12);
        x[a] += x[b];
        x[d] = Integer.rotateLeft(x[d] ^ x[a], 8);
        x[c] += x[d];
        x[b] = Integer.rotateLeft(x[b] ^ x[c], 7);
    }
}
