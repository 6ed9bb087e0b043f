//! What a list's later items share with its first item: the verbs it opens with (and a scope
//! or an area with them), a level of government or a scope, and the measure it ends with.

use super::*;
use crate::numbers::lexicon::{CROP_AREA_WORDS, GOVERNMENT_LEVELS};

impl Labeler<'_> {
    /// `改造市政道路21条、桥梁30座`: a later item of a list done by one verb is done by it too.
    pub(super) fn with_shared_verb(&self, n: &Number, label: String) -> String {
        let Some(j) = n.prev_in_clause else {
            return label;
        };
        let listed = self
            .ctx
            .slice(self.tokens[j].end, n.c.seg_start)
            .contains('、');
        // `新增国家级高新技术企业29家、市级40家`: a later item that is only another level counts
        // the first item's things at that level.
        if listed && GOVERNMENT_LEVELS.contains(&label.as_str()) {
            let first = self.out[j].0.as_deref().unwrap_or("");
            let level = GOVERNMENT_LEVELS
                .iter()
                .filter_map(|l| first.find(l).map(|at| (at, l.len())))
                .min();
            if let Some((at, len)) = level.filter(|&(at, len)| at + len < first.len()) {
                return format!("{}{label}{}", &first[..at], &first[at + len..]);
            }
        }
        // `每个县新建一所三级医院、全市达到30家`: a later item that is only another scope counts
        // the first item's things there.
        if listed && LABEL_SCOPES.contains(&label.as_str()) {
            let things = self.ctx.slice(self.tokens[j].end, n.c.seg_start);
            let things = strip_label(things.trim_end_matches(['、', ' ']));
            if names_something(&things) && is_count(&self.tokens[j]) {
                return format!("{label}{things}");
            }
        }
        let verb = |l: &str| COUNT_VERBS.iter().find(|v| l.starts_with(*v)).copied();
        // `签约招商项目46个、总投资210亿元`: a generic head is no thing done; its owner comes later.
        // `新增就业5300人、再就业1500人`: an item that is an action of its own (`再…`) is no
        // thing done either.
        let result = RESULT_VERBS.iter().any(|v| label.starts_with(v)) || label.starts_with('再');
        let thing = verb(&label).is_none() && generic_head(&label).is_none() && !result;
        match (&self.out[j].0, listed && thing) {
            (Some(first), true) => match shared_lead(first) {
                Some(v) if names_something(&label) => format!("{v}{label}"),
                _ => label,
            },
            _ => label,
        }
    }

    /// `“两牛一猪”存栏264万头、禽类1680万只` → `禽类存栏`: a later item of a list that names
    /// only its things shares the measure the item before it ends with.
    pub(super) fn with_shared_measure(&self, n: &Number, label: String) -> String {
        let Some(j) = n.prev_in_clause else {
            return label;
        };
        let between = self.ctx.slice(self.tokens[j].end, n.c.seg_start);
        if between.trim() != "、" || label.chars().count() > 4 || !names_something(&label) {
            return label;
        }
        // `辣椒种植3000亩、青菜头900亩`: a crop's planting is a measure of it too.
        let measure = self.out[j].0.as_deref().and_then(|first| {
            BARE_MEASURES
                .iter()
                .chain(CROP_AREA_WORDS)
                .find(|m| first.ends_with(*m) && first.len() > m.len())
        });
        match measure {
            Some(m) if !label.ends_with(m) && !BARE_MEASURES.contains(&label.as_str()) => {
                format!("{label}{m}")
            }
            _ => label,
        }
    }
}

/// What a list's later items share with its first item's label: the verbs it opens with
/// ([`verb_run`]), or a short scope and the verbs after it (`每个县至少建成示范区` → `每个县至少
/// 建成`).
fn shared_lead(first: &str) -> Option<&str> {
    if let Some(v) = verb_run(first) {
        // `改造农村危房2.6万户、厕所22.3万座`: an area right after the verb is the list's too.
        // Not when the area is the thing itself (`新建城区…`).
        let after = &first[v.len()..];
        let area = AREA_MODIFIERS
            .iter()
            .find(|a| after.strip_prefix(**a).is_some_and(names_something));
        return Some(&first[..v.len() + area.map_or(0, |a| a.len())]);
    }
    let (i, _) = first
        .char_indices()
        .take(MAX_SHARED_SCOPE_CHARS + 1)
        .find(|&(i, _)| COUNT_VERBS.iter().any(|v| first[i..].starts_with(v)))?;
    let scope = &first[..i];
    let v = verb_run(&first[i..])?;
    // `年出栏生猪22800头、肉牛2800头`: a time before the verb is when, shared by no item.
    if LABEL_TIME_WORDS.contains(&scope) || scope == ANNUAL {
        return Some(v);
    }
    (scope.starts_with('每') || LABEL_SCOPES.iter().any(|s| scope.starts_with(s)))
        .then(|| &first[..i + v.len()])
}

/// `年` before a verb (`年出栏`): each year, a time.
const ANNUAL: &str = "年";

/// The longest scope before a list's shared verb (`每个县至少`).
const MAX_SHARED_SCOPE_CHARS: usize = 6;

/// The verbs a label opens with, as written (`新建改建公办幼儿园` → `新建改建`, `新建、改扩建学校`
/// → `新建、改扩建`), if any.
pub(super) fn verb_run(label: &str) -> Option<&str> {
    let mut end = 0;
    loop {
        let rest = &label[end..];
        let joined = usize::from(end > 0 && rest.starts_with('、')) * '、'.len_utf8();
        match COUNT_VERBS.iter().find(|v| rest[joined..].starts_with(*v)) {
            Some(v) => end += joined + v.len(),
            None => break,
        }
    }
    (end > 0).then(|| &label[..end])
}

/// Whether `pre` is only verbs of doing, after `连续` or an adverb (`连续举办`, `新建`).
pub(super) fn verbs_only(pre: &str) -> bool {
    let core = strip_words(pre, RANK_WORDING, &[]);
    let core = strip_words(core, LABEL_LEAD_ADVERBS, &[]);
    verb_run(core).is_some_and(|v| v.len() == core.len())
}
