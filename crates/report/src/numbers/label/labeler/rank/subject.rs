//! What a rank ranks: its own subject, without the words that are its scope, else the subject
//! it borrows: the level or rate before it, the related subject or the sentence's topic.

use super::*;
use crate::numbers::lexicon::{GROWTH_RATE_WORDS, RANK_REGIONS};
use places::{without_numbered_places, without_places_of_a_kind};

impl Labeler<'_> {
    /// The subject a rank borrows when its own words (`own_subject`, in its `scope`) name none,
    /// or only a region or a generic head; `None` when they name one.
    pub(super) fn borrowed_subject(
        &self,
        n: &Number,
        own_subject: &str,
        scope: &str,
        relates_to: Option<usize>,
        related_subject: &Option<String>,
    ) -> Option<String> {
        // `列内地城市榜首`: a region before the places is scope too.
        let generic = own_subject.is_empty()
            || RANK_REGIONS.contains(&own_subject)
            || generic_head(own_subject).is_some()
            || generic_head(&remove_words(scope, rank_words())).is_some();
        if has_subject(scope, rank_and_growth_words()) && !generic {
            None
        } else {
            // `固定资产投资606亿元，总量全市第一`, `专项债券资金13.78亿元，居全市第一`: a rank
            // of a level ranks it whole (its label, not the owner of its generic head).
            let level_label = relates_to
                .and_then(|r| self.level_of(r))
                .and_then(|r| self.out[r].0.clone());
            // `总产值10.7亿元，增幅17%，居全市第3位`: a growth written as its rate's noun is
            // what the rank ranks (`…增幅全市排名`); after `增长17%` it is the level.
            let rate_label =
                n.k.checked_sub(1)
                    .filter(|&j| {
                        self.classes[j].kind == Some(NumberKind::Growth)
                            && self.ctx.clause_sentence[self.clause_of(j)] == n.sentence
                            && (Some(j) == relates_to || self.out[j].1 == relates_to)
                    })
                    .and_then(|j| self.out[j].0.clone())
                    .filter(|l| GROWTH_RATE_WORDS.iter().any(|w| l.ends_with(w)));
            // `全市主要经济指标保持中高速增长，稳居全省前列`: else the sentence's topic.
            rate_label
                .or(level_label)
                .or_else(|| related_subject.clone())
                .or_else(|| self.sentence_subject(n.sentence))
                .or_else(|| previous_clause_subject(self.ctx, self.tokens, n.clause))
                .map(|l| without_share_whole(l.as_str()))
        }
    }

    /// The level number `r` is or describes: `r` when it is an amount, else what its growth or
    /// gap (`增长6.2%，增速高于全省0.6个百分点，总量…第28位`) describes, a few steps back.
    pub(in crate::numbers::label::labeler) fn level_of(&self, r: usize) -> Option<usize> {
        let mut r = r;
        for _ in 0..3 {
            let amount = matches!(
                self.classes[r].kind,
                Some(NumberKind::Amount | NumberKind::Target)
            );
            let gap = self.tokens[r]
                .unit
                .as_ref()
                .and_then(|u| u.base.as_deref())
                .is_some_and(crate::numbers::classify::is_point_unit);
            if amount && !gap {
                return Some(r);
            }
            if !amount && self.classes[r].kind != Some(NumberKind::Growth) && !gap {
                return None;
            }
            r = self.out[r].1?;
        }
        None
    }
}

/// A rank's own subject words without what is no subject: the joiners left, the places ranked
/// among, a short name right after the placing verb (the place ranked among).
pub(super) fn without_scope_words<'s>(
    own_subject: &'s str,
    pre: &str,
    placed_at: Option<&str>,
) -> &'s str {
    // `总量和增速均居全国第5位`: the joiner left between two removed words is no subject.
    let own_subject = own_subject.trim_matches([' ', '“', '”', '"', '和', '及', '、']);
    // `增速六区排名第1`: the places ranked among (`六区`) are scope, no subject.
    let own_subject = without_places_of_a_kind(without_numbered_places(own_subject));
    // `增速居温州第二`: a short name right after the placing verb is the place ranked
    // among (as `全省` is), no subject.
    if own_subject.chars().count() <= crate::numbers::scan::MAX_PLACE_NAME
        && (placed_at.is_some_and(|p| p.starts_with(own_subject))
            || RANK_VERBS.iter().any(|v| {
                pre.strip_suffix(own_subject)
                    .is_some_and(|p| p.ends_with(v))
            }))
    {
        ""
    } else {
        own_subject
    }
}

/// `PCT国际专利申请量占全市` → `PCT国际专利申请量`: a share's label names its whole after `占`;
/// what holds a place is the part.
fn without_share_whole(label: &str) -> String {
    match label.rsplit_once('占') {
        Some((part, _)) if names_something(part) => part.to_string(),
        _ => label.to_string(),
    }
}
