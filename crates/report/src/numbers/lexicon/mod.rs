//! Every word list the number rules use, in one place: bounding words, growth and change verbs,
//! rank words, frame words, label edges, ordinal and counter words. A rule names the list it
//! reads; a new word goes here, with a test of the class of text it handles in the rule's module.
//!
//! The lists are kept by the stage that reads them (`scan`, `kinds`, `filters`, `lists`,
//! `parts`, and for labels `label_edges`, `label_frames`, `label_context`, `labels`,
//! `label_kinds`); every list is re-exported here, so a rule names `lexicon::X` wherever it is
//! kept.

mod filters;
mod kinds;
mod label_context;
mod label_edges;
mod label_frames;
mod label_kinds;
mod labels;
mod lists;
mod parts;
mod scan;

pub use filters::*;
pub use kinds::*;
pub use label_context::*;
pub use label_edges::*;
pub use label_frames::*;
pub use label_kinds::*;
pub use labels::*;
pub use lists::*;
pub use parts::*;
pub use scan::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Direction;

    #[test]
    fn decrease_verbs_are_listed_once() {
        assert!(GROWTH_DOWN.contains(&"下降"));
    }

    #[test]
    fn growth_verbs_are_longest_first_and_directed() {
        let v = growth_verbs();
        assert!(v
            .windows(2)
            .all(|w| w[0].0.chars().count() >= w[1].0.chars().count()));
        assert!(v.contains(&("下降", Direction::Down)));
        assert!(v.contains(&("增", Direction::Up)));
        assert_eq!(v.len(), GROWTH_UP.len() + GROWTH_DOWN.len());
    }
}
