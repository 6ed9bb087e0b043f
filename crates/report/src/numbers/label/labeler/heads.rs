//! Generic heads and lead words: a label of only a generic head (`总投资`) takes its owner, any
//! other label loses the words that open it, and a bare measure (`产值`) takes the thing the
//! sentence is about.

use super::*;
use crate::numbers::lexicon::ENTERING_VERBS;

impl Labeler<'_> {
    /// A label of only a generic head (`总投资`) takes the owner it belongs to, which it returns;
    /// any other label loses the time words, adverbs (and for amounts light verbs) opening it.
    pub(super) fn heads_and_lead_words(&self, n: &Number, label: &mut String) -> Option<String> {
        if n.is_amount() {
            if let Some(head) = generic_head(label) {
                // The owner a generic head was given: what later numbers of the sentence
                // belong to (`X项目总投资30亿元，当年完成投资6.1亿元，开工25.9万平方米`).
                // `投资5.2亿元的污水处理厂三期工程`: the number belongs to the phrase after `的`;
                // `合作项目572项、总投资7139亿元`: else to the sentence's last subject.
                // `老城区改造工作成效明显。全年共完成投资3.5亿元`: else to the topic.
                let owner = phrase_after_de(self.ctx, n.t, n.next)
                    .or_else(|| {
                        self.sentence_subject(n.sentence)
                            // A project head names the things themselves (`实施建设项目`).
                            .filter(|s| {
                                generic_head(s).is_none()
                                    || PROJECT_HEADS.iter().any(|h| s.ends_with(h))
                            })
                            // `22个亿元以上项目开复工率100%，完成投资24亿元`: the things a rate
                            // was of own the investment, not the rate.
                            .map(|s| without_rate_word(&s))
                    })
                    .or_else(|| topic_subject(self.ctx, self.tokens, n.clause))
                    .or_else(|| self.topic.and_then(title_subject));
                if let Some(owner) = owner {
                    // `新增市场主体1.2万户，总数达到8.6万户`: the total is of the things, not of the
                    // ones added (`签约招商项目` stays: signing says which projects).
                    // `规上工业企业新增92户，总数…`: nor of the adding.
                    let owner = match ADDED_WORDS
                        .iter()
                        .find_map(|w| owner.strip_prefix(w).or_else(|| owner.strip_suffix(w)))
                    {
                        Some(rest) if names_something(rest) => rest.to_string(),
                        _ => owner,
                    };
                    // `共完成投资`: after its owner, `共` (in all) says how much, not what.
                    let head = head
                        .strip_prefix('共')
                        .filter(|h| !h.is_empty())
                        .unwrap_or(&head);
                    // `…资金3.9亿元实施项目251个`: an owner that already ends in the head is the
                    // label whole, the head not said twice.
                    *label = if owner.ends_with(head) {
                        owner.clone()
                    } else {
                        format!("{owner}{head}")
                    };
                    return Some(owner);
                }
            } else {
                *label = drop_lead_words(label, true);
                if BARE_MEASURES.contains(&label.as_str()) {
                    // `马铃薯总产量达到25万吨，实现产值2.5亿元`: the thing the sentence is about.
                    // `一般公共预算收入…，税收…`: a subject that is itself a measure is no thing.
                    let is_thing = |s: &String| !MEASURE_AFTER_COUNT.iter().any(|m| s.ends_with(m));
                    let thing = self
                        .sentence_subject(n.sentence)
                        .map(|s| without_measure(&s))
                        // `完成夏粮收获面积20.52万亩，总产3.95万吨`: a yield is of the crop, not
                        // of the area it grew on.
                        .map(
                            |s| match CROP_AREA_WORDS.iter().find_map(|w| s.strip_suffix(w)) {
                                Some(crop) if YIELD_WORDS.contains(&label.as_str()) => {
                                    crop.to_string()
                                }
                                _ => s,
                            },
                        )
                        .filter(|s| names_something(s) && !BARE_MEASURES.contains(&s.as_str()))
                        .filter(is_thing)
                        .or_else(|| {
                            previous_clause_subject(self.ctx, self.tokens, n.clause)
                                .filter(is_thing)
                        })
                        // Only a thing with its own measure (`规模以上工业增加值`) lends the
                        // thing; another measure (`限上社销零总额`) is no thing of this one.
                        .or_else(|| {
                            self.subject_before_semicolon(n).and_then(|s| {
                                let thing = without_measure(&s);
                                (thing.len() < s.len()).then_some(thing)
                            })
                        })
                        // `进出口总额…，其中出口…`: a measure inside the subject's own is a part
                        // of it, not that thing's measure.
                        .filter(|s| !s.contains(label.as_str()));
                    if let Some(thing) = thing {
                        *label = format!("{}{label}", thing_of_subject(&thing));
                    }
                }
            }
        } else if n.kind != NumberKind::Rank {
            *label = drop_lead_words(label, false);
        }
        None
    }
}

/// A subject without the measure it ends in (`马铃薯总产量` → `马铃薯`).
pub(super) fn without_measure(subject: &str) -> String {
    let thing = BARE_MEASURES
        .iter()
        .find_map(|m| subject.strip_suffix(m))
        .unwrap_or(subject);
    // `规模以上工业实现利税…、利润…`: the light verb before the measure is no part of the thing.
    INNER_LIGHT_VERBS
        .iter()
        .find_map(|v| thing.strip_suffix(v))
        .unwrap_or(thing)
        .to_string()
}

/// `钢铁、铝业、装备制造等五大支柱产业不断做大做强` → `五大支柱产业`: the thing a clause speaks
/// of, without what it says of it (from an adverb or word of manner on) and without the
/// examples listed before its class.
pub(super) fn thing_of_subject(subject: &str) -> String {
    let thing = cut_before(
        subject,
        &[SUBJECT_TRAIL_ADVERBS, SUBJECT_MANNER_WORDS, ENTERING_VERBS],
        2,
    );
    match thing.rfind('等') {
        Some(i) if names_something(&thing[i + '等'.len_utf8()..]) => {
            thing[i + '等'.len_utf8()..].to_string()
        }
        _ => thing.to_string(),
    }
}

/// `亿元以上项目开复工率` → `亿元以上项目`: a subject without the rate or share it ended in, when
/// what is left names something.
fn without_rate_word(subject: &str) -> String {
    MEASURE_AFTER_COUNT
        .iter()
        .filter(|m| m.ends_with('率') || matches!(**m, "占比" | "比重"))
        .find_map(|m| subject.strip_suffix(m))
        .filter(|rest| names_something(rest))
        .unwrap_or(subject)
        .to_string()
}
