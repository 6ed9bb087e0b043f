//! Where an amount's thing measured is named away from its own words: after its `的`, after a
//! verb, in the sentence's last clause, or by the first of two counts of one group (`96户、183人`,
//! `12个村1.8万人的…`).

use super::*;
use crate::numbers::label::words::is_cjk;

impl Labeler<'_> {
    /// The label when the thing measured is named away from the number's own words: after its
    /// `的` when the words before it are another item's (`…和超百万亿元的经济总量`), after a verb
    /// when the words before it are a generic head (`投资1000万元完成了X建设`), or the first
    /// count's words for the second count of one group (`96户、183人`).
    pub(super) fn object_elsewhere(&self, n: &Number, pre: &str, suf: &str) -> Option<String> {
        let (ctx, t) = (self.ctx, n.t);
        if suf.is_empty() {
            let raw_pre = ctx.slice(n.c.seg_start, n.c.core_end).trim_end();
            let raw_pre = without_bounds(raw_pre);
            if ITEM_JOINERS_INSIDE.iter().any(|j| raw_pre.ends_with(j)) {
                if let Some(object) = phrase_after_de(ctx, t, n.next) {
                    return Some(object);
                }
            }
        } else if let Some(head) = may_end_with(pre, generic_heads())
            .then(|| generic_head(pre))
            .flatten()
        {
            // `投入16.54亿元用于老旧城区基础设施建设`: what the money is for.
            let object = strip_words(suf, PURPOSE_WORDS, &[]);
            let object = strip_words(object, LABEL_LEAD_VERBS, &[]);
            let object = strip_words(object, DE_VERBS, &[]);
            if object.len() < suf.len() && names_something(object) {
                return Some(format!("{object}{head}"));
            }
            // `投资1.29亿元完成了17条道路的改扩建`: the work done on the things counted next.
            if object.is_empty() {
                if let Some(object) = n.next.and_then(|u| self.work_on_count(u)) {
                    return Some(format!("{object}{head}"));
                }
            }
        }
        if suf.is_empty() {
            if let Some(object) = self.work_in_next_clause(n, pre) {
                return Some(object);
            }
        }
        if pre.is_empty() {
            let j = n.prev_in_clause.filter(|&j| self.one_group(j, n.k))?;
            return self.out[j].0.clone();
        }
        None
    }

    /// `17条道路的改扩建` → `道路改扩建`, `5个村的饮水安全工程` → `饮水安全工程`: the work done
    /// on the things count `u` counts, to the end of its clause; a one-char noun before `的`
    /// only says where.
    fn work_on_count(&self, u: &Token) -> Option<String> {
        if !is_count(u) {
            return None;
        }
        let ctx = self.ctx;
        let end = ctx.clause_end(u.start);
        // `完成54栋住宅楼、14万平方米既有建筑节能改造`: counts of one piece of work in a row; the
        // work is named after the last.
        let k = self.tokens.partition_point(|t| t.start < u.start);
        let last = self.tokens[k..]
            .iter()
            .take_while(|t| t.start < end)
            .last()
            .unwrap_or(u);
        let rest = ctx.slice(last.end, end);
        let mut chars = rest.chars();
        let (first, second) = (chars.next()?, chars.next()?);
        let work = if second == '的' && is_cjk(first) {
            chars.as_str().to_string()
        } else {
            rest.replacen('的', "", 1)
        };
        let work = strip_label(&work);
        (names_something(&work) && !work.contains('、')).then_some(work)
    }

    /// `投资1亿元，启动实施X工程。`: a bare generic head whose clause ends at the number is of
    /// the one thing the sentence's last clause does; a list or more clauses after it leave
    /// it to the topic.
    fn work_in_next_clause(&self, n: &Number, pre: &str) -> Option<String> {
        let ctx = self.ctx;
        // Cheap tests first: most numbers are not followed by a comma and one last clause.
        let next = n.clause + 1;
        let &(start, end) = ctx.clause_range.get(next)?;
        let last_of_sentence = ctx.clause_sentence.get(next) == Some(&n.sentence)
            && ctx.clause_sentence.get(next + 1) != Some(&n.sentence);
        if !last_of_sentence
            || ctx.slice(n.t.end, start).trim() != "，"
            || !may_end_with(pre, generic_heads())
        {
            return None;
        }
        // A clause that only opens with the head (`投资…`); a result (`完成投资…`) is said for
        // itself, whatever follows.
        let opening = strip_label(ctx.slice(ctx.clause_start(n.t.start), n.t.start));
        generic_head(pre).filter(|h| {
            h.as_str() == pre && opening == *h && !LABEL_LEAD_VERBS.iter().any(|v| h.starts_with(v))
        })?;
        let head = pre;
        let text = ctx.slice(start, end);
        let object = strip_words(text, LABEL_LEAD_ADVERBS, &[]);
        let object = strip_words(object, PUSH_VERBS, &[]);
        let object = strip_words(object, LABEL_LEAD_VERBS, &[]);
        let object = strip_words(object, DE_VERBS, &[]);
        // What is left starts with a count (`完成5个村的饮水安全工程`): the work done on its things.
        let from = end - object.chars().count();
        let next_token = self.tokens[n.k + 1..].iter().find(|u| u.start >= start);
        let object = match next_token.filter(|u| u.start < end) {
            Some(u) if u.start == from => self.work_on_count(u)?,
            Some(_) => return None,
            None => strip_label(object),
        };
        (names_something(&object) && !object.contains('、')).then(|| format!("{object}{head}"))
    }

    /// `解决了12个村1.8万人的饮水安全问题`: two counts in a row (villages, then their people)
    /// are of one thing done, named after the second one's `的`: both take the words before the
    /// first and that thing (`解决饮水安全问题`).
    pub(super) fn group_in_a_row(&self, n: &Number, pre: &str) -> Option<String> {
        let (ctx, t) = (self.ctx, n.t);
        if let Some(j) = n.prev_in_clause {
            if self.in_a_row(&self.tokens[j], t) {
                return self.out[j].0.clone();
            }
        }
        let second = n.next.filter(|u| self.in_a_row(t, u))?;
        let object = phrase_after_de(ctx, second, None)?;
        Some(format!("{pre}{object}"))
    }

    /// Whether counts `a` and `b` stand in a row, only `a`'s noun between them (`12个村1.8万人`),
    /// and `b` is followed by `的`.
    fn in_a_row(&self, a: &Token, b: &Token) -> bool {
        let ctx = self.ctx;
        let between = ctx.slice(a.end, b.start);
        let between = without_bounds(between);
        let noun = (1..=2).contains(&between.chars().count()) && between.chars().all(is_cjk);
        noun && is_count(a) && !parallel(a, b) && ctx.chars.get(b.end) == Some(&'的')
    }

    /// `涉及…发展的93个重点项目`, `优化提升12个省级主导产业`: a modifier ending in `的`, or verbs
    /// that only push work on, say nothing of the things the noun after the count names.
    pub(super) fn says_nothing_of_noun(&self, n: &Number, pre: &str) -> bool {
        let modifier = self
            .ctx
            .slice(n.c.seg_start, n.c.core_end)
            .trim_end()
            .ends_with('的');
        // Only words that end in such a verb can be only such verbs.
        modifier
            || may_end_with(pre, push_verbs()) && {
                let core = strip_words(pre, LABEL_TIME_WORDS, &[]);
                let core = strip_words(core, LABEL_LEAD_ADVERBS, &[]);
                !core.is_empty() && strip_words(core, PUSH_VERBS, &[]).is_empty()
            }
    }

    /// For a number with no words after it, the thing named after its `的`: alone when the
    /// words before only say it was done (`年内完成16.9万平方米的绿化任务`), after them when
    /// it is their measure (`66个重点项目54亿元的投资计划`) or they are only verbs
    /// (`连续举办十一届的经贸洽谈会`).
    pub(super) fn named_after_de(&self, n: &Number, pre: &str) -> Option<String> {
        let object = phrase_after_de(self.ctx, n.t, n.next)?;
        // Not after another number of the clause (`12正1负的良好态势`): that one's words lead.
        if is_light(pre) {
            return (!pre.is_empty() || n.prev_in_clause.is_none()).then_some(object);
        }
        let measure = names_something(pre) && GENERIC_HEADS.iter().any(|h| object.starts_with(h));
        // `年内解决了3948人的安全饮水问题`: what was done for the things counted, from the verb.
        if let Some(v) = RESULT_VERBS.iter().find(|v| pre.ends_with(*v)) {
            return Some(format!("{v}{object}"));
        }
        (measure || verbs_only(pre)).then(|| format!("{pre}{object}"))
    }

    /// Whether tokens `j` and `k` measure one group in two units (`96户、183人`, `3800户、58万
    /// 平方米`): a count and a number of another unit with only `、` between them.
    fn one_group(&self, j: usize, k: usize) -> bool {
        self.one_group_tokens(&self.tokens[j], &self.tokens[k])
    }

    pub(super) fn one_group_tokens(&self, a: &Token, b: &Token) -> bool {
        // `96户、183人`, or with nothing between: `2860户8120人`. Not after a list of subjects
        // (`数字化车间、工业机器人、上云企业达110个、2155台和8200家`): a value each.
        let joined = b.start == a.end || (b.start == a.end + 1 && self.ctx.chars[a.end] == '、');
        let listed = || {
            let ctx = self.ctx;
            ctx.slice(ctx.clause_start(a.start), a.start).contains('、')
        };
        joined && is_count(a) && !parallel(a, b) && !listed()
    }
}

/// `s` without the bounding words (`超`, `近`, `预计超`) that end it: they are the next number's.
fn without_bounds(mut s: &str) -> &str {
    while let Some(rest) = ADJACENT_PRE.iter().find_map(|w| s.strip_suffix(w)) {
        s = rest;
    }
    s
}

/// Whether the words before a number only say that something was done (`年内完成`, `共`, none).
fn is_light(pre: &str) -> bool {
    let core = strip_words(pre, LABEL_TIME_WORDS, &[]);
    core.is_empty() || LIGHT_HEADS.contains(&core)
}
