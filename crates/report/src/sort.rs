//! Stable sorting by an integer key, with one sort routine for the whole crate.
//!
//! `slice::sort_by_key` is generic over the element and the key function, so every call site
//! gets its own copy of the standard library's sort in the wasm. Here the sort itself runs on
//! `(key, index)` pairs of one type, and only the small permutation step is generic: the app's
//! wasm carries the sort once.

/// Sorts `v` by `key`, stably (equal keys keep their order).
pub fn sort_by_key<T>(v: &mut [T], mut key: impl FnMut(&T) -> u64) {
    let mut order: Vec<(u64, u32)> = v
        .iter()
        .enumerate()
        .map(|(i, x)| (key(x), i as u32))
        .collect();
    order.sort_unstable();
    let mut from: Vec<u32> = order.into_iter().map(|(_, i)| i).collect();
    // Position `i` takes the element at `from[i]`: follow each cycle once, marking positions
    // done by pointing them at themselves.
    for start in 0..v.len() {
        let mut i = start;
        loop {
            let j = from[i] as usize;
            from[i] = i as u32;
            if j == start || j == i {
                break;
            }
            v.swap(i, j);
            i = j;
        }
    }
}

/// A key that orders `f64`s as [`f64::total_cmp`] does (−∞ first, NaN last).
pub fn f64_key(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![("b", 2), ("a", 1), ("c", 2)];
        sort_by_key(&mut v, |x| x.1);
        assert_eq!(v, [("a", 1), ("b", 2), ("c", 2)]);
    }

    #[test]
    fn f64_key_orders_like_total_cmp() {
        let xs = [
            f64::NEG_INFINITY,
            -1e9,
            -1.5,
            -0.0,
            0.0,
            1e-300,
            2.0,
            1e300,
            f64::INFINITY,
        ];
        for w in xs.windows(2) {
            assert!(f64_key(w[0]) < f64_key(w[1]), "{} < {}", w[0], w[1]);
        }
    }

    proptest! {
        #[test]
        fn same_as_the_standard_stable_sort(v in proptest::collection::vec((0u64..8, any::<u16>()), 0..200)) {
            let mut want = v.clone();
            want.sort_by_key(|x| x.0);
            let mut got = v;
            sort_by_key(&mut got, |x| x.0);
            prop_assert_eq!(got, want);
        }

        #[test]
        fn f64_keys_sort_like_total_cmp(v in proptest::collection::vec(any::<f64>(), 0..100)) {
            let mut want = v.clone();
            want.sort_by(|a, b| a.total_cmp(b));
            let mut got = v;
            sort_by_key(&mut got, |&x| f64_key(x));
            prop_assert_eq!(got.iter().map(|x| x.to_bits()).collect::<Vec<_>>(), want.iter().map(|x| x.to_bits()).collect::<Vec<_>>());
        }
    }
}
