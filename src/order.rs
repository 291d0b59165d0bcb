//! Sorting with one copy of the sorting code in the binary.
//!
//! The standard library's sorts are generic: every element type and comparison the core sorts
//! by got its own copy of the quicksort, drift sort and small sorts (86 functions, 97 KB of the
//! unoptimized wasm). Here each call sorts a list of positions with one shared, non-generic
//! stable sort that asks a comparison through a reference, then moves the elements into that
//! order by following the permutation's cycles. What stays generic per call is a few lines.
//!
//! All sorts here are stable: equal elements keep their order.

use std::cmp::Ordering;

/// Sorts `order` (positions into some list) with `cmp` comparing two positions; stable.
/// The one sorting routine compiled: everything below calls it.
#[inline(never)]
fn sort_positions(order: &mut [u32], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a as usize, b as usize));
}

/// Moves `v`'s elements so that position `i` holds the element that was at `order[i]`.
/// Uses `order` as scratch: each cycle of the permutation is walked once, with swaps.
fn permute<T>(v: &mut [T], order: &mut [u32]) {
    for start in 0..v.len() {
        let mut j = start;
        loop {
            let k = order[j] as usize;
            order[j] = j as u32;
            if k == start || k == j {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

/// Lists up to this long are sorted by insertion, in place.
const SHORT: usize = 16;

/// Sorts `v` by `cmp`, keeping equal elements in their order (as `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() <= SHORT {
        // Most lists the core sorts are a few spans: sorted in place, no list of positions.
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    if v.windows(2).all(|w| cmp(&w[0], &w[1]) != Ordering::Greater) {
        return;
    }
    if v.len() > u32::MAX as usize {
        // Beyond any text the core accepts; the standard sort still gives the right order.
        v.sort_by(cmp);
        return;
    }
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    {
        let items: &[T] = v;
        sort_positions(&mut order, &mut |a, b| cmp(&items[a], &items[b]));
    }
    permute(v, &mut order);
}

/// Sorts `v` in ascending order, keeping equal elements in their order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a.cmp(b));
}

/// Sorts `v` by the key `key` gives each element, keeping equal keys in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no dependency): xorshift.
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed | 1;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        for (seed, n, modulo) in [(1, 0, 5), (2, 1, 5), (3, 2, 2), (4, 17, 3), (5, 100, 10), (6, 1000, 1000), (7, 5000, 7)] {
            // Pairs of (key, original position): a stable sort by key keeps positions ascending within a key.
            let keys = numbers(seed, n, modulo);
            let mut ours: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std = ours.clone();
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "seed {seed}, {n} elements");
            let mut plain = keys.clone();
            sort(&mut plain);
            let mut expected = keys.clone();
            expected.sort();
            assert_eq!(plain, expected);
        }
    }

    #[test]
    fn moves_owned_elements_without_losing_or_doubling_any() {
        // Short lists (sorted in place) and long ones (sorted through positions) alike.
        for n in [6, 40, 300] {
            let v: Vec<String> = numbers(11, n, 50).iter().map(|x| format!("w{x:02}")).collect();
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| b.cmp(a));
            let mut expected = v.clone();
            expected.sort_by(|a, b| b.cmp(a));
            assert_eq!(ours, expected, "{n} strings");
        }
    }

    #[test]
    fn every_permutation_of_five_comes_back_sorted() {
        let mut p = [0usize, 1, 2, 3, 4];
        // Heap's algorithm, iteratively: all 120 orders.
        let mut c = [0usize; 5];
        let mut i = 0;
        let mut seen = 0;
        let check = |p: &[usize; 5]| {
            let mut q = *p;
            sort(&mut q);
            assert_eq!(q, [0, 1, 2, 3, 4], "from {p:?}");
        };
        check(&p);
        seen += 1;
        while i < 5 {
            if c[i] < i {
                if i % 2 == 0 {
                    p.swap(0, i);
                } else {
                    p.swap(c[i], i);
                }
                check(&p);
                seen += 1;
                c[i] += 1;
                i = 0;
            } else {
                c[i] = 0;
                i += 1;
            }
        }
        assert_eq!(seen, 120);
    }

    /// The core's code sorts through this module: a call of the standard sorts would bring its
    /// own copy of them back into the page's wasm. Tests and training (never in the wasm) may.
    #[test]
    fn the_core_calls_no_standard_sort() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push(p);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        walk(&root, &mut files);
        let exempt = ["order.rs", "tests.rs", "train.rs", "train_ner.rs"];
        let calls = [".sort(", ".sort_by(", ".sort_by_key(", ".sort_unstable(", ".sort_unstable_by(", ".sort_unstable_by_key(", ".sort_by_cached_key("];
        let mut found = Vec::new();
        for f in files.iter().filter(|f| !exempt.iter().any(|e| f.ends_with(e))) {
            let text = std::fs::read_to_string(f).unwrap();
            // Code up to the file's test module.
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            for (i, line) in code.lines().enumerate() {
                if calls.iter().any(|c| line.contains(c)) && !line.trim_start().starts_with("//") {
                    found.push(format!("{}:{}: {}", f.display(), i + 1, line.trim()));
                }
            }
        }
        assert!(files.len() > 10, "walked {} files under {}", files.len(), root.display());
        assert!(found.is_empty(), "standard sorts called (use crate::order):\n{}", found.join("\n"));
    }
}
