//! Exact decimal text: the point shifted by a magnitude on the digits, a value formatted with
//! fixed or plain decimals, and a plain decimal parsed, without core's float printing or parsing.

/// Shifts the decimal point of a plain decimal string (`329.73`) `exp` places to the right
/// (`exp` 8 → `32973000000`), exactly, on the digits.
pub fn shift_decimal(digits: &str, exp: u32) -> String {
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, f),
        None => (digits, ""),
    };
    let exp = exp as usize;
    let mut out = String::with_capacity(int.len() + exp.max(frac.len()) + 1);
    out.push_str(int);
    if frac.len() <= exp {
        out.push_str(frac);
        out.extend(std::iter::repeat_n('0', exp - frac.len()));
    } else {
        out.push_str(&frac[..exp]);
        out.push('.');
        out.push_str(&frac[exp..]);
    }
    out
}

/// `x` with exactly `decimals` decimal places (at most 9), halves rounded away from zero
/// (四舍五入): `format_fixed(329.7349, 2)` → `329.73`, `format_fixed(2.5, 0)` → `3`.
///
/// What `format!("{x:.2}")` gives, apart from halves (which it rounds to even), without
/// bringing `core`'s exact float formatting into the wasm (BENCHMARKS.md, "Seventh session").
/// Values too large for integer arithmetic are written in whole units.
pub fn format_fixed(x: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals.min(9));
    let scaled = (x.abs() * scale as f64).round();
    if !scaled.is_finite() || scaled >= 9e15 {
        // Beyond what a report writes: whole units (saturating), never core's float printing.
        let sign = if x < 0.0 { "-" } else { "" };
        return if x.is_nan() {
            "NaN".to_string()
        } else {
            format!("{sign}{}", x.abs().round() as u64)
        };
    }
    let scaled = scaled as u64;
    let sign = if x < 0.0 && scaled != 0 { "-" } else { "" };
    let (int, frac) = (scaled / scale, scaled % scale);
    if decimals == 0 {
        format!("{sign}{int}")
    } else {
        let width = decimals.min(9) as usize;
        format!("{sign}{int}.{frac:0width$}")
    }
}

/// `x` with up to six decimals and no trailing zeros: `132.0` → `132`, `0.25` → `0.25`
/// (what `x.to_string()` gives for the numbers of a report, without core's float printing).
pub fn format_plain(x: f64) -> String {
    let s = format_fixed(x, 6);
    if !s.contains('.') {
        return s;
    }
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// Parses a plain decimal string (`329.73`, `-5`, `.5`) to a finite `f64`; `None` for anything
/// else (overflow, exponents, `inf` included).
///
/// Up to 15 significant digits with at most 22 decimal places (every number a report writes) the
/// result is the correctly rounded value, the same as `str::parse` gives: an exact integer
/// mantissa times or divided by an exact power of ten is one rounding. Longer strings are within
/// a few units in the last place. Not `str::parse`: its correctly rounded algorithm brings a 10 KB
/// table of powers of five into the wasm (BENCHMARKS.md, "Seventh session").
pub fn parse_decimal(digits: &str) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let (negative, body) = match digits.as_bytes().first() {
        Some(b'-') => (true, &digits[1..]),
        Some(b'+') => (false, &digits[1..]),
        _ => (false, digits),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut exp: i32 = 0;
    let mut inexact = false;
    for (i, b) in int.bytes().chain(frac.bytes()).enumerate() {
        if !b.is_ascii_digit() {
            return None;
        }
        let fractional = i >= int.len();
        if mantissa < 100_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            exp -= i32::from(fractional);
        } else {
            inexact |= b != b'0';
            exp += i32::from(!fractional);
        }
    }
    while mantissa != 0 && mantissa % 10 == 0 {
        mantissa /= 10;
        exp += 1;
    }
    let m = mantissa as f64;
    let value = if !inexact && mantissa <= 1 << 53 && exp.unsigned_abs() < POW10.len() as u32 {
        let p = POW10[exp.unsigned_abs() as usize];
        if exp < 0 {
            m / p
        } else {
            m * p
        }
    } else {
        m * 10f64.powi(exp)
    };
    let value = if negative { -value } else { value };
    value.is_finite().then_some(value)
}
