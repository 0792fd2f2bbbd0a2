//! Decimal text to a number, for what the page reads back: lever values in the URL and in
//! a slider's input, and an SVG's `viewBox`. Written here rather than taken from `str::parse`
//! because core's float parser brings a 10 KB table of powers of five into the wasm, for
//! precision the page never needs: everything it reads is at most 15 significant digits.

/// Powers of ten that a double holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Significant digits kept (as many as a `u64` holds); later ones only move the decimal point.
const KEPT_DIGITS: u32 = 19;

/// `text` as a number: an optional sign, digits with at most one decimal point (at least
/// one digit in all), and an optional exponent (`e` or `E`, an optional sign, digits).
/// Nothing else: no spaces, no `inf` or `NaN`. The same number `str::parse::<f64>` gives
/// when the digits are at most 15 significant ones and the power of ten is within 10^±22
/// (the sum is then one correctly rounded multiplication or division); beyond that, for a
/// number in the range of normal doubles, within a few units in the last place. Too large
/// a number is infinite, and too small a one zero, as there.
pub fn parse(text: &str) -> Option<f64> {
    let (negative, bytes) = match text.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        all => (false, all),
    };
    let (mut mantissa, mut kept, mut exponent, mut digits, mut point) = (0u64, 0, 0i32, 0, false);
    let mut rest = bytes;
    while let Some((&b, tail)) = rest.split_first() {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if kept < KEPT_DIGITS {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    kept += u32::from(mantissa > 0);
                    exponent -= i32::from(point);
                } else {
                    exponent += i32::from(!point);
                }
            }
            b'.' if !point => point = true,
            _ => break,
        }
        rest = tail;
    }
    if digits == 0 {
        return None;
    }
    if let Some((b'e' | b'E', tail)) = rest.split_first() {
        let (sign, tail) = match tail.split_first() {
            Some((b'-', t)) => (-1, t),
            Some((b'+', t)) => (1, t),
            _ => (1, tail),
        };
        if tail.is_empty() || !tail.iter().all(u8::is_ascii_digit) {
            return None;
        }
        // Saturates: 10^±9999 is already zero or infinite.
        let written = tail
            .iter()
            .fold(0i32, |n, &d| (n * 10 + i32::from(d - b'0')).min(9_999));
        exponent += sign * written;
        rest = &[];
    }
    if !rest.is_empty() {
        return None;
    }
    // Exact powers of ten, 10^22 at a time: one rounding when the power is within 10^±22.
    let mut scaled = mantissa as f64;
    while exponent > 22 && scaled.is_finite() {
        scaled *= EXACT_POWERS[22];
        exponent -= 22;
    }
    while exponent < -22 && scaled != 0.0 {
        scaled /= EXACT_POWERS[22];
        exponent += 22;
    }
    let power = EXACT_POWERS[(exponent.unsigned_abs() as usize).min(22)];
    let scaled = if exponent >= 0 {
        scaled * power
    } else {
        scaled / power
    };
    Some(if negative { -scaled } else { scaled })
}

// Native only: proptest is not built for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::parse;
    use proptest::prelude::*;

    #[test]
    fn reads_what_the_page_writes_as_core_does() {
        for text in [
            "0",
            "-0",
            "+0.5",
            ".5",
            "5.",
            "0.35",
            "1.184",
            "-2",
            "2025",
            "1e3",
            "1E-3",
            "-7.5e+2",
            "0.000123",
            "123456789012345",
            "0.1",
            "0.2",
            "0.30000000000000004",
            "9.95",
            "1e22",
            "1e-22",
            "1e400",
            "-1e400",
            "1e-400",
        ] {
            let core: f64 = text.parse().unwrap();
            let ours = parse(text).unwrap();
            assert!(
                ours == core || (ours - core).abs() <= core.abs() * 4.0 * f64::EPSILON,
                "{text}: {ours} against {core}"
            );
            if text.len() < 16 && !text.contains(['e', 'E']) {
                assert_eq!(ours.to_bits(), core.to_bits(), "{text} is not exact");
            }
        }
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for text in [
            "", "-", "+", ".", "e3", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "0x10", "inf", "NaN",
            "1_000", "--1", "1e3.5",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    proptest! {
        /// Up to 15 significant digits and a power of ten within 10^±22: exactly core's number.
        #[test]
        fn short_decimals_are_exact(int in 0u64..1_000_000_000, frac in 0u64..1_000_000, places in 0usize..7, negative: bool) {
            let text = format!("{}{int}.{frac:0places$}", if negative { "-" } else { "" });
            let core: f64 = text.parse().unwrap();
            prop_assert_eq!(parse(&text).map(f64::to_bits), Some(core.to_bits()), "{}", text);
        }

        /// Any normal number, written out in full or with an exponent: within a few units
        /// in the last place of core's.
        #[test]
        fn any_number_is_close(value in any::<f64>().prop_filter("normal", |v| v.is_normal())) {
            for text in [value.to_string(), format!("{value:e}")] {
                let ours = parse(&text).unwrap();
                prop_assert!((ours - value).abs() <= value.abs() * 16.0 * f64::EPSILON, "{} gave {}", text, ours);
            }
        }
    }
}
