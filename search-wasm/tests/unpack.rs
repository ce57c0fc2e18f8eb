//! The search engine in WebAssembly unpacks posting blocks with a loop of its own
//! (`tantivy::postings::unpack_4x`, vendor/README.md) instead of the bitpacking crate's
//! unrolled code. It must read every block exactly as that crate does, for every width.

use bitpacking::{BitPacker, BitPacker4x};

#[test]
fn unpack_4x_reads_what_bitpacker4x_wrote_for_every_width() {
    let packer = BitPacker4x::new();
    let mut seed = 0x9e37_79b9_u32;
    for num_bits in 0u8..=32 {
        for round in 0..20 {
            let values: Vec<u32> = (0..BitPacker4x::BLOCK_LEN)
                .map(|i| {
                    // xorshift: different values per width and round, the widest first.
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    let v = if round == 0 && i == 0 { u32::MAX } else { seed };
                    if num_bits == 32 {
                        v
                    } else {
                        v & ((1u32 << num_bits) - 1)
                    }
                })
                .collect();
            let mut packed = vec![0u8; 4 * BitPacker4x::BLOCK_LEN + 16];
            let written = packer.compress(&values, &mut packed, num_bits);
            // Trailing bytes of the next block must not be read.
            packed[written..].fill(0xff);
            let mut ours = [0u32; 128];
            let read = tantivy::postings::unpack_4x(&packed, num_bits, &mut ours);
            let mut theirs = [0u32; 128];
            let read_by_them = packer.decompress(&packed, &mut theirs, num_bits);
            assert_eq!(read, written, "bytes read at {num_bits} bits");
            assert_eq!(read, read_by_them);
            assert_eq!(ours.to_vec(), values, "{num_bits} bits, round {round}");
            assert_eq!(ours, theirs);
        }
    }
}
