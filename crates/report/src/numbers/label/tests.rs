use super::words::{
    fenbie, frame_words, growth_and_frame_words, growth_words, names_something, rank_words,
    remove_words, WordList,
};
use crate::numbers::lexicon::{
    FRAME_WORDS, GROWTH_DOWN, GROWTH_UP, GROWTH_WORDING, RANK_SCOPES, RANK_WORDING,
};
use proptest::prelude::*;

/// The plain definition: one `String::replace` per word, longest first.
fn reference(s: &str, lists: &[&[&str]]) -> String {
    let mut sorted: Vec<&str> = lists.iter().flat_map(|l| l.iter().copied()).collect();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let mut rest = s.to_string();
    for w in sorted {
        rest = rest.replace(w, "");
    }
    rest
}

fn lists() -> [(&'static WordList, Vec<&'static [&'static str]>); 5] {
    [
        (frame_words(), vec![FRAME_WORDS]),
        (growth_words(), vec![GROWTH_UP, GROWTH_DOWN, GROWTH_WORDING]),
        (rank_words(), vec![RANK_SCOPES, RANK_WORDING]),
        (
            growth_and_frame_words(),
            vec![GROWTH_UP, GROWTH_DOWN, GROWTH_WORDING, FRAME_WORDS],
        ),
        (fenbie(), vec![&["分别"]]),
    ]
}

#[test]
fn removal_joins_text_for_later_words() {
    // `上年` goes first (longest), which joins `年`+`末`; then `年`, `末` go one by one.
    assert_eq!(remove_words("上上年年末", frame_words()), "上");
    assert_eq!(remove_words("比上年同期增长", growth_words()), "");
    assert!(!names_something("年均递增"));
    assert!(names_something("全市生产总值完成"));
}

fn word_soup() -> impl Strategy<Value = String> {
    let all: Vec<&'static str> = [
        FRAME_WORDS,
        GROWTH_UP,
        GROWTH_DOWN,
        GROWTH_WORDING,
        RANK_SCOPES,
    ]
    .concat()
    .into_iter()
    .chain(["产值", "上", "年", "比", "同", "a", " ", "、"])
    .collect();
    proptest::collection::vec(proptest::sample::select(all), 0..12).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn one_pass_removal_is_sequential_replace(s in word_soup()) {
        for (list, words) in lists() {
            prop_assert_eq!(remove_words(&s, list), reference(&s, &words));
        }
    }
}

#[test]
fn every_passive_verb_opens_with_bei() {
    // `prefix` looks for them only where `被` stands.
    for v in crate::numbers::lexicon::PASSIVE_VERBS {
        assert!(v.starts_with('被'), "{v}");
    }
}
