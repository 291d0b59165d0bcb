//! Byte offsets → UTF-16 code units, in one pass over the text.
//!
//! JavaScript indexes strings in UTF-16 code units; the core works in bytes. The wire layer collects
//! every byte offset it will emit, then [`Utf16Map::new`] walks the text once and answers each
//! lookup by binary search, so the cost is O(text + offsets·log offsets), never O(text · spans).

/// A table from byte offsets (on char boundaries) to UTF-16 offsets.
pub struct Utf16Map {
    bytes: Vec<usize>,
    units: Vec<u32>,
}

impl Utf16Map {
    /// Builds the table for the given byte offsets (any order, duplicates allowed).
    pub fn new(text: &str, offsets: impl IntoIterator<Item = usize>) -> Self {
        let mut bytes: Vec<usize> = offsets.into_iter().collect();
        crate::order::sort(&mut bytes);
        bytes.dedup();
        let mut units = Vec::with_capacity(bytes.len());
        let mut want = bytes.iter().peekable();
        let mut u16pos: u32 = 0;
        for (b, ch) in text.char_indices() {
            while let Some(&&w) = want.peek() {
                if w > b {
                    break;
                }
                units.push(u16pos);
                want.next();
            }
            u16pos += ch.len_utf16() as u32;
        }
        // Offsets at (or past) the end of the text map to its UTF-16 length.
        while want.next().is_some() {
            units.push(u16pos);
        }
        Utf16Map { bytes, units }
    }

    /// The UTF-16 offset of a byte offset given to [`Utf16Map::new`].
    ///
    /// An offset that was not registered maps to the UTF-16 offset of the nearest registered one
    /// below it (never panics).
    pub fn get(&self, byte: usize) -> u32 {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            Err(0) => 0,
            Err(i) => self.units[i - 1],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_astral_and_bmp() {
        let t = "a😊b€c";
        // bytes: a=0, 😊=1..5, b=5, €=6..9, c=9
        let m = Utf16Map::new(t, [0, 1, 5, 6, 9, 10]);
        assert_eq!(m.get(0), 0);
        assert_eq!(m.get(1), 1);
        assert_eq!(m.get(5), 3);
        assert_eq!(m.get(6), 4);
        assert_eq!(m.get(9), 5);
        assert_eq!(m.get(10), 6);
    }
}
