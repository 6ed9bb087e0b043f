//! The places ranked among (`六区`, `各县市`, `同类城市`, `南宁市县域`): the scope of a rank,
//! no subject.

use super::*;
use crate::numbers::lexicon::{RANK_REGIONS, RANK_VERBS_AFTER_SCOPE};

/// Whether `s` is only places of a kind, maybe after a region (`内地城市`, `同类城市`).
pub(in crate::numbers::label::labeler) fn only_places(s: &str) -> bool {
    let rest = without_places_of_a_kind(s);
    rest.len() < s.len() && (rest.is_empty() || RANK_REGIONS.contains(&rest))
}

/// `各县市` → ``: places of a kind (`各县市`, `同类城市`) that end `s` are the scope of a rank,
/// no subject.
pub(super) fn without_places_of_a_kind(s: &str) -> &str {
    match RANK_PLACE_KINDS.iter().find_map(|k| s.strip_suffix(k)) {
        // `全区牧业旗县首位`: a word or two before the kind say which of its places.
        Some(rest) if rest.chars().count() <= MAX_PLACE_KIND_MODIFIER => "",
        Some(rest) => rest.strip_suffix('各').unwrap_or(rest),
        None => s,
    }
}

/// `总量稳居南宁市县域` → `总量`, `排南宁市县域` → ``: a place's short name (`南宁市`) and the
/// kind of its places right after the placing verb are the rank's scope, no subject.
pub(super) fn without_named_places(scope: &str) -> &str {
    let Some(name_end) = RANK_PLACE_KINDS.iter().find_map(|k| scope.strip_suffix(k)) else {
        return scope;
    };
    if !name_end.ends_with(crate::numbers::lexicon::PLACE_LEVEL_CHARS) {
        return scope;
    }
    let verbs = || RANK_VERBS.iter().chain(RANK_VERBS_AFTER_SCOPE);
    name_end
        .char_indices()
        .rev()
        .take(crate::numbers::scan::MAX_PLACE_NAME)
        .map(|(i, _)| &name_end[..i])
        .filter(|head| name_end.len() - head.len() >= "南宁市".len())
        .find_map(|head| verbs().find_map(|v| head.strip_suffix(v)))
        .unwrap_or(scope)
}

/// The most chars of a modifier of a kind of places ranked among (`牧业旗县`, `山区县`).
const MAX_PLACE_KIND_MODIFIER: usize = 2;

/// `六区` → ``, `增速六区` → `增速`: a number of places of one level that ends `s` is the scope of
/// a rank, no subject.
pub(super) fn without_numbered_places(s: &str) -> &str {
    match crate::numbers::scan::numbered_places_len(s) {
        Some(len) => &s[..s.len() - len],
        None => s,
    }
}
