//! Letters in lower case, and without their accents, for search: by the layout of the alphabets'
//! own Unicode blocks rather than the standard library's case tables, which cost 5 KB of first-load
//! wasm (brotli) for scripts no careers page in these nations is written in.
//!
//! Covered: Latin (with its Latin-1, Extended-A, Extended-B comma-below and Extended Additional
//! letters, which hold Welsh Ŵ Ŷ Ẁ Ẃ Ẅ Ỳ), Greek, Cyrillic and Armenian. Any other letter is
//! compared as written.

/// The base letter of each of U+00C0 to U+00FF, `.` where it has none (Æ, Ð, ×, Þ, ß, æ, ð, ÷, þ).
const LATIN_1: &[u8; 64] = b"aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y";
/// The base letter of each of U+0100 to U+017F, `.` where it has none (Ĳ, ĳ, Œ, œ).
const LATIN_EXTENDED_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkkllllllllllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// `c` in lower case, where its alphabet is one of those covered; otherwise `c`. Accents stay.
pub fn lower(c: char) -> char {
    let u = u32::from(c);
    // Where the capital's small letter is a fixed distance away, or the next code point.
    let offset = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            0x20
        }
        0x400..=0x40F => 0x50,
        // Greek capitals with an accent.
        0x386 => 0x26,
        0x388..=0x38A => 0x25,
        0x38C => 0x40,
        0x38E | 0x38F => 0x3F,
        0x531..=0x556 => 0x30,
        // Pairs, the capital first: Latin Extended-A (to U+0137, and from U+014A), Extended-B's
        // letters (Romanian's comma-below Ș and Ț among them), Cyrillic's historic and extended letters, Latin Extended Additional.
        0x100..=0x12F
        | 0x132..=0x137
        | 0x14A..=0x177
        | 0x200..=0x21F
        | 0x222..=0x233
        | 0x460..=0x481
        | 0x48A..=0x4BF
        | 0x4D0..=0x52F
        | 0x1E00..=0x1E95
        | 0x1EA0..=0x1EFF
            if u % 2 == 0 =>
        {
            1
        }
        // Pairs whose capital is at an odd code point.
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if u % 2 == 1 => 1,
        _ => 0,
    };
    match u {
        0x130 => 'i',
        0x178 => 'ÿ',
        0x220 => '\u{19E}',
        0x4C0 => 'ӏ',
        0x1E9E => 'ß',
        // Greek's final sigma is the same letter as σ.
        0x3C2 => 'σ',
        _ => char::from_u32(u + offset).unwrap_or(c),
    }
}

/// `c` as search compares it: in lower case, and a Latin letter without its accent (ŷ, Ŷ and y
/// are all y), so that a word typed on a phone without accents finds the word as written.
pub fn fold(c: char) -> char {
    let u = u32::from(c);
    let base = match u {
        0xC0..=0xFF => LATIN_1[(u - 0xC0) as usize],
        0x100..=0x17F => LATIN_EXTENDED_A[(u - 0x100) as usize],
        0x218 | 0x219 => b's',
        0x21A | 0x21B => b't',
        0x1E80..=0x1E85 => b'w',
        0x1EF2 | 0x1EF3 => b'y',
        _ => b'.',
    };
    if base == b'.' {
        lower(c)
    } else {
        char::from(base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_letter_the_tables_cover_agrees_with_the_standard_library() {
        // Where `lower` gives a different letter, it is the one Unicode gives; where it leaves a
        // letter alone, that letter has no single small letter in the covered blocks.
        for c in (0..0x2000u32).filter_map(char::from_u32) {
            let ours = lower(c);
            if ours != c && c != 'ς' {
                assert_eq!(
                    Some(ours),
                    c.to_lowercase().next(),
                    "{c} U+{:04X}",
                    u32::from(c)
                );
            }
        }
        // And the other way: every capital of the blocks covered gets its small letter.
        let covered = [
            0xC0..=0x17F,
            0x200..=0x233,
            0x386..=0x3AB,
            0x400..=0x52F,
            0x531..=0x556,
            0x1E00..=0x1EFF,
        ];
        let mut missed = Vec::new();
        for c in covered.into_iter().flatten().filter_map(char::from_u32) {
            let mut small = c.to_lowercase();
            if let (Some(one), None) = (small.next(), small.next()) {
                if one != c && lower(c) != one {
                    missed.push(format!("{c} U+{:04X}", u32::from(c)));
                }
            }
        }
        assert_eq!(missed, Vec::<String>::new());
    }

    #[test]
    fn accents_fold_to_their_letter() {
        let folded: String = "Tŷ Ŵyr ẀẂẄ Ỳ Âêîôû Șț Ÿ Ćé Ñ".chars().map(fold).collect();
        assert_eq!(folded, "ty wyr www y aeiou st y ce n");
        let kept: String = "Æ Œ ß Ð ΣΟΦΙΑ ς ҐАНОК Ի".chars().map(fold).collect();
        assert_eq!(kept, "æ œ ß ð σοφια σ ґанок ի");
    }
}
