//! The label of a rank: its scope, after what it ranks.
//!
//! - `scope`: the rank's scope (`稳居全省前列` → `全省排名`), out of its own words;
//! - `subject`: what a rank ranks: its own subject, else the one it borrows;
//! - `places`: the places ranked among (`六区`, `各县市`, `南宁市县域`): scope, no subject;
//! - `lists`: ranks of a list (`第三和第二位`, `均居`) and counts of items at a position
//!   (`4项第一`);
//! - here: `Labeler::rank_label`, which puts them together, and a ranking said twice.

mod lists;
mod places;
mod scope;
mod subject;

pub(super) use places::only_places;
pub(super) use scope::without_from_opener;

use super::*;
use crate::numbers::lexicon::RANKING_MOVES;
use places::without_named_places;
use scope::{scope_before_ranking, without_placing_words, without_verb_before_scope};
use subject::without_scope_words;

/// Chars after `排` that make it another word (`排名`, `排位`, `排在`, `排放`): no placing verb
/// alone before a place.
const PAI_WORD_NEXT: &[char] = &['名', '位', '行', '在', '列', '放', '污', '水', '查'];

impl Labeler<'_> {
    /// A rank's label: its scope (`稳居全省前列` → `全省排名`), after the subject it ranks when
    /// it names none of its own.
    pub(super) fn rank_label(
        &self,
        n: &Number,
        pre: &str,
        relates_to: Option<usize>,
        related_subject: &Option<String>,
    ) -> String {
        // `指标在全市排名4项第一`: a count of the items holding the position right before it; what
        // they are and where they are placed are the count's words.
        let counted = self.items_at_position(n).filter(|_| pre.trim().is_empty());
        let pre = counted.as_deref().unwrap_or(pre);
        let pre = without_placing_words(pre);
        let before_scope = without_verb_before_scope(pre);
        let pre = before_scope.as_deref().unwrap_or(pre);
        // `排湘潭市第一`: `排` (placed) before the place ranked among, no word of the scope.
        let placed_at = pre.strip_prefix('排').filter(|r| {
            (r.ends_with(PLACE_LEVEL_CHARS) || RANK_PLACE_KINDS.iter().any(|k| r.ends_with(k)))
                && !r.starts_with(PAI_WORD_NEXT)
        });
        let pre = placed_at.unwrap_or(pre);
        let scope = self.scope_words(n, pre);
        // `全国第三和第二位`: a bare later rank of a list shares the first one's label.
        if scope.trim().is_empty() {
            let first = n
                .prev_in_clause
                .filter(|&j| self.classes[j].kind == Some(NumberKind::Rank))
                .and_then(|j| self.out[j].0.clone());
            if let Some(first) = first {
                return first;
            }
        }
        let scope = scope_before_ranking(scope);
        let own = if scope.contains("排名") || scope.contains("排位") {
            scope.clone()
        } else {
            format!("{scope}排名")
        };
        // `增长11.4%、全省第一`, `增速全市第一`: a rank with no subject of its own ranks
        // the subject of the number it describes, else of the sentence's last number.
        // `总量居全国第二`: a generic head ranks the subject before it too.
        let named = without_named_places(pre);
        let own_subject = if named.len() < pre.len() {
            remove_words(named, rank_and_growth_words())
        } else {
            remove_words(&scope, rank_and_growth_words())
        };
        let own_subject = without_scope_words(&own_subject, pre, placed_at);
        if own_subject.is_empty() {
            if let Some(listed) = self.ranked_list(n, &scope) {
                return format!("{listed}{own}");
            }
            // `数量居全市第1位、全省第3位`: a later rank of a list in another scope ranks what
            // the first one does.
            if let Some(first) = self.first_rank_of_list(n) {
                return format!("{first}{own}");
            }
        }
        let borrowed = self.borrowed_subject(n, own_subject, &scope, relates_to, related_subject);
        match borrowed {
            Some(l) if !own.starts_with(l.as_str()) => joined(&l, &own),
            _ => own,
        }
    }
}

/// `中部百强县排名再进位排名` → `中部百强县排名`: a ranking named with its move (`排名再进位，居
/// 53位`) is the rank's, said once.
pub(super) fn without_restated_ranking(label: String) -> String {
    const RANKING: &str = "排名";
    let Some(stem) = label.strip_suffix(RANKING) else {
        return label;
    };
    let Some(at) = stem.find(RANKING) else {
        return label;
    };
    let moved = &stem[at + RANKING.len()..];
    let moved = RANK_SCOPES
        .iter()
        .find_map(|s| moved.strip_suffix(s))
        .unwrap_or(moved);
    if RANKING_MOVES.contains(&moved) {
        stem[..at + RANKING.len()].to_string()
    } else {
        label
    }
}
