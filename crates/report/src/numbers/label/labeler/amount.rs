//! The label of an amount or a target: the words before and after it, and where the thing
//! measured is named elsewhere (after its `的`, after a verb, by a list's first item).

use super::*;
use crate::numbers::label::words::{is_cjk, may_hold_any, CharSet};
use crate::numbers::lexicon::GOVERNMENT_LEVELS;

impl Labeler<'_> {
    /// An amount's or target's label: the words before it, and those after it when the two
    /// together stay short (`新建学校3所`, `培育12家龙头企业`).
    pub(super) fn amount_label(&self, n: &Number, pre: &str, framed: bool, streak: bool) -> String {
        let (ctx, t) = (self.ctx, n.t);
        // `村级债务已清零`: what is cleared is before the verb and its adverbs.
        let cleared = (t.shape == Shape::Zero)
            .then(|| pre.strip_suffix(ZERO_CLEARED))
            .flatten()
            .map(|p| {
                let mut p = p;
                while let Some(a) = CLEARED_ADVERBS.iter().find(|a| p.ends_with(*a)) {
                    p = &p[..p.len() - a.len()];
                }
                p
            });
        let pre = cleared.unwrap_or(pre);
        // `这5个增幅全省第一`: a demonstrative alone points back, it names nothing.
        let pre = if pre.len() <= 6 && DEMONSTRATIVES.contains(&pre) {
            ""
        } else {
            pre
        };
        // `零发生`: what follows `零` is the verb, not the subject; `零感染`: the thing counted,
        // after its subject (`医护人员感染`). After a frame, what follows is the frame's verb
        // (`增加到`).
        let suf = if t.shape == Shape::Zero && !pre.is_empty() {
            ZERO_THINGS
                .iter()
                .find(|w| ctx.starts_with_at(t.end, w))
                .map_or_else(String::new, |w| w.to_string())
        } else if framed {
            String::new()
        } else {
            let before_parallel = n.next.is_some_and(|u| parallel(t, u));
            suffix(ctx, t, n.next_start, before_parallel)
        };
        // `新签约项目12个总投资50亿元`: after a count of things named before it, a measure of
        // those things belongs to the next number.
        let suf = if is_count(t)
            && names_something(pre)
            && MEASURE_AFTER_COUNT.iter().any(|m| suf.starts_with(m))
        {
            String::new()
        } else {
            suf
        };
        if let Some(label) = self.object_elsewhere(n, pre, &suf) {
            return label;
        }
        // `土地约153亩以建设创府产业园二期`: what the land is for; `土地面积7.5亩引进…公司`: what
        // was done next. A measure (not a count or a span) whose own words name something is
        // of those words.
        let suf = if !is_count(t)
            && !is_duration(t)
            && names_something(pre)
            && generic_head(pre).is_none()
            && opens_another_statement(&suf)
        {
            String::new()
        } else {
            suf
        };
        if let Some(label) = self.group_in_a_row(n, pre) {
            return label;
        }
        // `贫困人口96户、183人稳定脱贫`: one group counted in two units shares its words.
        let suf = match n.next.filter(|u| self.one_group_tokens(t, u)) {
            Some(u) if suf.is_empty() => suffix(ctx, u, usize::MAX, false),
            _ => suf,
        };
        let pre = drop_examples(&without_relative_clause(last_action(pre)), &suf);
        let pre = if names_something(&suf) && !framed && self.says_nothing_of_noun(n, &pre) {
            String::new()
        } else {
            pre
        };
        if let Some(label) = capacity_label(&pre, &suf) {
            return label;
        }
        // `20项民生工程和10件民生实事`: the words before `和` are the previous number's item.
        let pre =
            if names_something(&suf) && after_joined_item(ctx, n.c, n.prev_in_clause.is_some()) {
                String::new()
            } else {
                pre
            };
        // `粮食产量连续8年保持全省第一`: a streak is of what the rest of the clause says, and
        // its length says it is one (`粮食产量保持全省第一`).
        let pre = if streak {
            pre.trim_end_matches("连续").to_string()
        } else {
            pre
        };
        let suf = if streak {
            let end = ctx.clause_end(t.start).min(t.end + MAX_PREFIX_CHARS);
            strip_label(ctx.slice(t.end, end))
        } else {
            suf
        };
        if suf.is_empty() {
            if let Some(label) = self.named_after_de(n, &pre) {
                return label;
            }
        }
        if pre.is_empty() && suf.is_empty() {
            // `连续两年超2000亿元`: the level a streak holds is of the streak's subject, not of
            // what the streak's label says of it.
            let prev = n.prev_in_clause.and_then(|j| {
                if is_duration(&self.tokens[j]) {
                    self.subjects[j].clone()
                } else {
                    self.out[j].0.clone()
                }
            });
            // `投资3500万元的X改造、3800万元的Y改造`: a later item shares the head (`投资`) and
            // names its own owner after `的`.
            let head = prev
                .as_deref()
                .and_then(|l| GENERIC_HEADS.iter().find(|h| l.ends_with(*h)));
            if let (Some(h), Some(owner)) = (head, phrase_after_de(ctx, t, n.next)) {
                return format!("{owner}{h}");
            }
            return prev.unwrap_or_default();
        }
        // `9项重点经济指标中，8项列各县市前三`: a count with no words of its own before it counts
        // the things of the whole named just before (`N项X中`).
        if pre.is_empty() {
            if let Some(things) = self.among_whole(n) {
                return format!("{things}{}", before_rank(n, &suf));
            }
        }
        let short = pre
            .chars()
            .filter(|c| !matches!(c, '“' | '”' | '"'))
            .count()
            <= 4;
        let both = format!("{pre}{suf}");
        let label = if short || both.chars().count() <= 40 || t.shape == Shape::ChineseCount {
            both
        } else {
            pre
        };
        let label = self.with_whole_of_part(n, label);
        let label = self.with_things_counted_before(n, label);
        let label = self.with_shared_verb(n, label);
        let label = self.with_shared_measure(n, label);
        let label = self.with_owners_counted_before(n, label);
        // A verb after the label's first word: labels of two chars or fewer hold none.
        let label = if label.chars().nth(2).is_some() {
            given(label)
        } else {
            label
        };
        event_held(t, label)
    }

    /// The label when the thing measured is named away from the number's own words: after its
    /// `的` when the words before it are another item's (`…和超百万亿元的经济总量`), after a verb
    /// when the words before it are a generic head (`投资1000万元完成了X建设`), or the first
    /// count's words for the second count of one group (`96户、183人`).
    fn object_elsewhere(&self, n: &Number, pre: &str, suf: &str) -> Option<String> {
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
    fn group_in_a_row(&self, n: &Number, pre: &str) -> Option<String> {
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
    fn says_nothing_of_noun(&self, n: &Number, pre: &str) -> bool {
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
    fn named_after_de(&self, n: &Number, pre: &str) -> Option<String> {
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

    fn one_group_tokens(&self, a: &Token, b: &Token) -> bool {
        // `96户、183人`, or with nothing between: `2860户8120人`. Not after a list of subjects
        // (`数字化车间、工业机器人、上云企业达110个、2155台和8200家`): a value each.
        let joined = b.start == a.end || (b.start == a.end + 1 && self.ctx.chars[a.end] == '、');
        let listed = || {
            let ctx = self.ctx;
            ctx.slice(ctx.clause_start(a.start), a.start).contains('、')
        };
        joined && is_count(a) && !parallel(a, b) && !listed()
    }

    /// The things of `N项X中，` in the clause right before number `n` of the same sentence, when
    /// `n` is a count in the same counter (`9项重点经济指标中，8项…` → `重点经济指标`).
    fn among_whole(&self, n: &Number) -> Option<String> {
        let ctx = self.ctx;
        let j = n.k.checked_sub(1)?;
        let whole = &self.tokens[j];
        let clause = self.clause_of(j);
        let (_, end) = ctx.clause_range[clause];
        let counter = |t: &Token| t.unit.as_ref().map(|u| u.written.clone());
        let same = clause + 1 == n.clause
            && ctx.clause_sentence[clause] == n.sentence
            && is_count(n.t)
            && is_count(whole)
            && counter(whole) == counter(n.t);
        let things = ctx.slice(whole.end, end).trim_end().strip_suffix('中')?;
        let things = strip_label(things);
        (same && names_something(&things)).then_some(things)
    }

    /// `9条次干道路开工建设，其中4条实现通车`: a part (`其中…`) whose own words are only what
    /// happened to it is of the things the sentence's previous number counts.
    fn with_whole_of_part(&self, n: &Number, label: String) -> String {
        let lead = self.ctx.slice(n.c.seg_start, n.c.core_end).trim();
        let only_verb = || {
            label.is_empty()
                || [
                    LABEL_LEAD_VERBS,
                    PREDICATE_AFTER_COUNT,
                    COUNT_VERBS,
                    COURSE_AFTER_COUNT,
                ]
                .iter()
                .any(|list| list.iter().any(|v| label.starts_with(v)))
        };
        let whole = self
            .last_candidate
            .filter(|&j| self.ctx.clause_sentence[self.clause_of(j)] == n.sentence);
        // `创建400个美丽乡村，200个以上通过省级验收`: a count that opens its clause with only what
        // happened to the things, after a count of the same things, is a part of it too.
        let part = lead.ends_with(PART_OF_WHOLE)
            || (lead.is_empty() && whole.is_some_and(|j| parallel(&self.tokens[j], n.t)));
        // `安排重点项目105个，其中，工业类3个、城市建设类28个`: a kind of the whole's things,
        // the count before `其中`.
        // `地区生产总值2521.6亿元、增长2.3%，其中市级1689.4亿元`: the level of government's
        // share of the whole's level.
        let level_share = GOVERNMENT_LEVELS.contains(&label.as_str());
        let kind_of = ((label.ends_with('类') && label.chars().count() <= 8) || level_share)
            .then(|| self.whole_before_qizhong(n))
            .flatten()
            .and_then(|j| {
                if level_share {
                    self.level_of(j)
                } else {
                    Some(j)
                }
            });
        let kind = kind_of.is_some();
        let whole = kind_of.or(whole);
        if !(kind || part && only_verb()) {
            return label;
        }
        // The whole's things, without what was done to them or happened to them
        // (`次干道路开工建设` → `次干道路`, `创建美丽乡村` → `美丽乡村`).
        let whole = whole
            .and_then(|j| self.out[j].0.as_deref())
            .map(|w| cut_before(w, &[COURSE_AFTER_COUNT], 2))
            .map(|w| match verb_run(w) {
                Some(v) if names_something(&w[v.len()..]) => &w[v.len()..],
                _ => w,
            })
            .map(|w| {
                CHOOSING_VERBS
                    .iter()
                    .find_map(|v| w.strip_prefix(v))
                    .filter(|rest| names_something(rest))
                    .unwrap_or(w)
            });
        // `全县财政总收入` → `县级财政总收入`: the level replaces the whole's scope.
        let whole = whole.map(
            |w| match LABEL_SCOPES.iter().find_map(|s| w.strip_prefix(s)) {
                Some(rest) if level_share && names_something(rest) => rest,
                _ => w,
            },
        );
        match whole {
            Some(w) if kind && !label.ends_with(w) => format!("{label}{w}"),
            Some(w) if !kind && !label.starts_with(w) => format!("{w}{label}"),
            _ => label,
        }
    }

    /// `全社会固定资产投资累计完成2039亿元；2005年达到600亿元`, `累计完成全社会工业投入876.8亿元；
    /// 其中2005年完成305亿元`: a part of a statement that names only a time (after `其中` or
    /// nothing) and a light verb measures what the statement's last amount in the same unit
    /// measures, at that time; without the earlier amount's `累计`, `预计` (a stage of that
    /// amount, not of the measure).
    pub(super) fn measure_at_another_time(&self, n: &Number, label: &str) -> Option<String> {
        if !(label.is_empty() || LABEL_LEAD_VERBS.contains(&label)) || !n.is_amount() {
            return None;
        }
        let (ctx, tokens) = (self.ctx, self.tokens);
        let y = n
            .prev_in_clause
            .filter(|&j| tokens[j].shape == Shape::Year)?;
        let opening = ctx
            .slice(ctx.clause_range[n.clause].0, tokens[y].start)
            .trim();
        if !(opening.is_empty() || opening == PART_OF_WHOLE) {
            return None;
        }
        let base = |t: &Token| t.unit.as_ref().and_then(|u| u.base.clone());
        let unit = base(n.t)?;
        let j = (y.saturating_sub(MAX_BACK_FOR_MEASURE)..y)
            .rev()
            .find(|&j| {
                let c = &self.classes[j];
                c.is_indicator
                    && matches!(c.kind, Some(NumberKind::Amount | NumberKind::Target))
                    && base(&tokens[j]).as_deref() == Some(unit.as_str())
            })?;
        let sentence = ctx.clause_sentence[self.clause_of(j)];
        let own = sentence == n.sentence
            || (sentence + 1 == n.sentence && self.subject_before_semicolon(n).is_some());
        let measure = self.out[j].0.as_deref().filter(|_| own)?;
        let mut measure = measure;
        for w in ANYWHERE_PRE {
            measure = measure.strip_prefix(w).unwrap_or(measure);
            measure = measure.strip_suffix(w).unwrap_or(measure);
        }
        let measure = LABEL_LEAD_VERBS
            .iter()
            .find_map(|v| measure.strip_prefix(v))
            .unwrap_or(measure);
        names_something(measure).then(|| measure.to_string())
    }

    /// The count of the sentence that `其中` follows, before number `n`.
    fn whole_before_qizhong(&self, n: &Number) -> Option<usize> {
        (n.k.saturating_sub(12)..n.k).rev().find(|&j| {
            let t = &self.tokens[j];
            self.ctx.clause_sentence[self.clause_of(j)] == n.sentence
                && self.classes[j].is_indicator
                && self
                    .ctx
                    .slice(t.end, self.tokens[j + 1].start)
                    .contains(PART_OF_WHOLE)
        })
    }

    /// `改造市政道路21条、桥梁30座`: a later item of a list done by one verb is done by it too.
    fn with_shared_verb(&self, n: &Number, label: String) -> String {
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
    fn with_shared_measure(&self, n: &Number, label: String) -> String {
        let Some(j) = n.prev_in_clause else {
            return label;
        };
        let between = self.ctx.slice(self.tokens[j].end, n.c.seg_start);
        if between.trim() != "、" || label.chars().count() > 4 || !names_something(&label) {
            return label;
        }
        let measure = self.out[j].0.as_deref().and_then(|first| {
            BARE_MEASURES
                .iter()
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

/// `8项列各县市前三` → ``: what follows a count up to a rank (its verb and scope) is the rank's.
fn before_rank<'s>(n: &Number, suf: &'s str) -> &'s str {
    match n.next {
        Some(u) if u.shape == Shape::Rank => cut_before(suf, &[RANK_VERBS], 0),
        _ => suf,
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
    (scope.starts_with('每') || LABEL_SCOPES.iter().any(|s| scope.starts_with(s)))
        .then(|| &first[..i + v.len()])
}

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

/// `初步安排的重点调度项目有66个` → `重点调度项目`: a clause of doing before `的` says which
/// things were picked, the noun after it what is counted.
fn without_relative_clause(pre: &str) -> String {
    if let Some((clause, noun)) = pre.rsplit_once('的') {
        let done = COUNT_VERBS
            .iter()
            .chain(CHOOSING_VERBS)
            .any(|v| clause.ends_with(v));
        if done && names_something(noun) {
            return noun.to_string();
        }
    }
    pre.to_string()
}

/// `s` without the bounding words (`超`, `近`, `预计超`) that end it: they are the next number's.
fn without_bounds(mut s: &str) -> &str {
    while let Some(rest) = ADJACENT_PRE.iter().find_map(|w| s.strip_suffix(w)) {
        s = rest;
    }
    s
}

/// `日处理80吨污泥焚烧厂`: a capacity measures the facility named after it, and its owner's name
/// before it goes with it (`祥发油脂年产12500吨米糠油项目` → `祥发油脂米糠油项目年产`).
fn capacity_label(pre: &str, suf: &str) -> Option<String> {
    let cap = CAPACITY_WORDS.iter().find(|c| pre.ends_with(*c))?;
    let thing = match OWNER_HEADS
        .iter()
        .filter_map(|h| suf.find(h).map(|i| i + h.len()))
        .min()
    {
        Some(e) => &suf[..e],
        None => suf,
    };
    let owner = &pre[..pre.len() - cap.len()];
    let owner = if names_something(owner) && !verbs_only(owner) {
        owner
    } else {
        ""
    };
    names_something(thing).then(|| format!("{owner}{thing}{cap}"))
}

/// `为1467位老年人发放高龄补贴176万元`: an amount handed out is of what was handed out, from the
/// verb on (the words before it name who received it).
fn given(label: String) -> String {
    static FIRSTS: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    if !may_hold_any(&label, GIVING_VERBS, &FIRSTS) {
        return label;
    }
    match GIVING_VERBS.iter().filter_map(|v| label.find(v)).min() {
        Some(i) if i > 0 => label[i..].to_string(),
        _ => label,
    }
}

/// `推进核心区平房整院落退租、完成申请式退租` → `完成申请式退租`: of actions listed before a count,
/// each opening with its verb and naming its object, the count is of the last.
fn last_action(pre: &str) -> &str {
    let Some((first, last)) = pre.rsplit_once('、') else {
        return pre;
    };
    let acts = |s: &str| {
        PUSH_VERBS
            .iter()
            .chain(COUNT_VERBS)
            .chain(LABEL_LEAD_VERBS)
            .any(|v| s.starts_with(v))
    };
    // `新建、改扩建酒店10家`: verbs alone before `、` share the object after them.
    if acts(first) && !verbs_only(first) && acts(last) && names_something(last) {
        last
    } else {
        pre
    }
}

/// Whether `pre` is only verbs of doing, after `连续` or an adverb (`连续举办`, `新建`).
fn verbs_only(pre: &str) -> bool {
    let core = strip_words(pre, RANK_WORDING, &[]);
    let core = strip_words(core, LABEL_LEAD_ADVERBS, &[]);
    verb_run(core).is_some_and(|v| v.len() == core.len())
}

/// `市县两级组织开展政企早餐会200多次`: a count of events is of the event; the words before the
/// last verb of holding say who held it and are left out (the verb stays: `开展政企早餐会`).
fn event_held(t: &Token, label: String) -> String {
    let counter = t.unit.as_ref().and_then(|u| u.base.as_deref());
    if !counter.is_some_and(|c| EVENT_COUNTERS.contains(&c)) {
        return label;
    }
    let at = HOLDING_VERBS
        .iter()
        .filter_map(|v| label.rfind(v).map(|i| (i, v.len())))
        .max();
    match at {
        Some((i, len)) if i > 0 && names_something(&label[i + len..]) => label[i..].to_string(),
        _ => label,
    }
}

/// Whether the words before a number only say that something was done (`年内完成`, `共`, none).
fn is_light(pre: &str) -> bool {
    let core = strip_words(pre, LABEL_TIME_WORDS, &[]);
    core.is_empty() || LIGHT_HEADS.contains(&core)
}
