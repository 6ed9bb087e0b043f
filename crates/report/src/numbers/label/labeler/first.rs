//! The first label of a number, by kind, from its own words and what it describes: a growth's
//! or rate's subject, a ratio's groups, a streak's subject; the steps after it clean and
//! complete it.

use super::*;

impl Labeler<'_> {
    /// The label from the number's own words and what it describes, by kind.
    pub(super) fn first_label(&self, n: &Number, w: &Words) -> String {
        match n.kind {
            NumberKind::Growth | NumberKind::Rate => match &w.related_subject {
                // `占生产总值比重由9.6%提高到10.8%`: the level reached after a from-value that
                // already names the share takes it once.
                Some(l) if !w.pre.is_empty() && l.ends_with(w.pre.as_str()) => l.clone(),
                Some(l) => format!("{l}{}", w.pre),
                // `在规上工业增加值中，制造业增加值占90.6%`: a share names its whole there.
                None if n.kind == NumberKind::Rate && w.pre.ends_with('占') => {
                    match share_whole(self.ctx, n.clause) {
                        Some(whole) => format!("{whole}{}", w.pre),
                        None => w.pre.clone(),
                    }
                }
                // `城乡居民人均可支配收入…，收入比缩小到1.60:1`: a ratio of incomes is of the
                // groups whose income the sentence's subject is.
                None if n.kind == NumberKind::Rate && INCOME_RATIOS.contains(&w.pre.as_str()) => {
                    // A from-value's ratio already has them (`…从1.69:1缩小到1.60:1`).
                    let groups = self.sentence_subject(n.sentence).and_then(|s| {
                        s.strip_suffix(w.pre.as_str())
                            .or_else(|| COMPARED_INCOMES.iter().find_map(|i| s.strip_suffix(i)))
                            .filter(|g| names_something(g))
                            .map(str::to_string)
                    });
                    match groups {
                        Some(g) => format!("{g}{}", w.pre),
                        None => w.pre.clone(),
                    }
                }
                // `…人均可支配收入分别为7.3万元、4.7万元，倍差缩小至1.56`: a bare ratio is of the
                // sentence's subject, whole.
                None if n.kind == NumberKind::Rate && BARE_RATIOS.contains(&w.pre.as_str()) => {
                    match self.sentence_subject(n.sentence) {
                        Some(s) if !s.ends_with(w.pre.as_str()) => format!("{s}{}", w.pre),
                        Some(s) => s,
                        None => w.pre.clone(),
                    }
                }
                // `外贸进出口总额2730亿元，总量占全区36%`: a share of a generic head is the share
                // of the sentence's subject.
                None if n.kind == NumberKind::Rate && head_share(&w.pre).is_some() => {
                    let share = head_share(&w.pre).unwrap_or_default();
                    match self.sentence_subject(n.sentence) {
                        Some(s) => format!("{s}{share}"),
                        None => w.pre.clone(),
                    }
                }
                // `137个市重点项目完成投资236.8亿元，年度投资完成率110.8%`: a rate of a generic
                // head is of the sentence's subject.
                None if n.kind == NumberKind::Rate && is_rate_of_a_head(&w.pre) => {
                    match self.sentence_subject(n.sentence) {
                        Some(s) => format!("{s}{}", w.pre),
                        None => w.pre.clone(),
                    }
                }
                // `规模以上工业企业营业收入增长10%，利润增长15%`: a bare measure's growth is of
                // the thing whose other measure the sentence grew.
                None if n.kind == NumberKind::Growth
                    && BARE_MEASURES.contains(&growth_subject(&w.pre).as_str()) =>
                {
                    let measure = growth_subject(&w.pre);
                    // Only a subject that ends in another measure lends its thing.
                    let thing = self.sentence_subject(n.sentence).and_then(|s| {
                        let thing = without_measure(&s);
                        (thing.len() < s.len() && !s.ends_with(measure.as_str()))
                            .then_some(thing)
                            .filter(|t| names_something(t))
                    });
                    match thing {
                        Some(t) => format!("{}{}", thing_of_subject(&t), w.pre),
                        None => w.pre.clone(),
                    }
                }
                // `99%的行政村通达快递服务`: a share that opens its clause is of what follows
                // its `的`.
                None if n.kind == NumberKind::Rate && w.pre.is_empty() => {
                    self.share_of_what_follows(n).unwrap_or_default()
                }
                // `汽车产量继续保持40%以上增长`: the change named after its size.
                None if n.kind == NumberKind::Growth => {
                    match crate::numbers::classify::change_word_after_value(self.ctx, n.t) {
                        Some((change, _)) => {
                            let subject = CHANGE_AFTER_LEADS
                                .iter()
                                .find_map(|v| w.pre.strip_suffix(v))
                                .unwrap_or(&w.pre);
                            format!("{subject}{change}")
                        }
                        None => w.pre.clone(),
                    }
                }
                // `全村实现100%覆盖`: a share reached before what it measures is of that.
                None if n.kind == NumberKind::Rate => self
                    .share_reached_before_its_measure(n, &w.pre)
                    .unwrap_or_else(|| w.pre.clone()),
                None => w.pre.clone(),
            },
            NumberKind::Rank => self.rank_label(n, &w.pre, w.relates_to, &w.related_subject),
            NumberKind::Amount | NumberKind::Target => match &w.related_subject {
                Some(l) if BENCHMARK_LEADS.iter().any(|b| w.pre.starts_with(b)) => {
                    format!("{l}{}", w.pre)
                }
                _ if n.t.is_in_a_row() => self.in_a_row_label(n, &w.pre),
                _ => {
                    // `连续6年粮食总产稳定在…`: a streak that opens its clause is of what follows.
                    // After a clause on its subject (`固定资产投资增长3.8%，连续两年超2000亿元`),
                    // the streak is that subject's.
                    let opens = n.is_amount() && is_duration(n.t) && w.pre == "连续";
                    let streak = w.streak_subject.is_some() || opens;
                    let pre = match self.sentence_subject(n.sentence).filter(|_| opens) {
                        Some(subject) => format!("{subject}{}", w.pre),
                        None => w.pre.clone(),
                    };
                    self.amount_label(n, &pre, w.framed, streak)
                }
            },
        }
    }

    /// `农业实现“十连丰”` → `农业`: a streak in a row is of the subject before its verb (quotes
    /// and the verb left out), else of the thing the sentence is about.
    fn in_a_row_label(&self, n: &Number, pre: &str) -> String {
        let own = strip_label(pre.trim_end_matches(['“', '"']));
        let own = strip_words(&own, &[], SUBJECT_TRAIL_VERBS);
        if names_something(own) {
            return own.to_string();
        }
        self.sentence_subject(n.sentence)
            .map(|s| without_measure(&s))
            .unwrap_or_default()
    }
}

/// Whether a rate's words are a generic head's (`年度投资完成率`, `投资完成率`): whose it is
/// stands before them.
fn is_rate_of_a_head(pre: &str) -> bool {
    let rest = LABEL_TIME_WORDS
        .iter()
        .find_map(|w| pre.strip_prefix(w))
        .unwrap_or(pre);
    rest.ends_with('率') && GENERIC_HEADS.iter().any(|h| rest.starts_with(h))
}
