//! The label of a number whose words name nothing yet: a list's first item's, a subject
//! borrowed from earlier in the sentence or from the topic, else its own stretch of text; then
//! cleaned and bounded.

use super::*;

/// The longest label kept (in chars); a longer one is dropped. Labels are built from other
/// numbers' labels and subjects (`{subject}{wording}`), so without a bound a run of frames
/// (`由1亿元增加到2亿元` repeated) grew each number's label by the one before it.
const MAX_LABEL_CHARS: usize = 120;

impl Labeler<'_> {
    /// The label when it names nothing yet: a list's first item's, a borrowed subject, else
    /// the number's own stretch of text; then cleaned and bounded.
    pub(super) fn fallbacks(
        &mut self,
        n: &Number,
        mut label: String,
        relates_to: Option<usize>,
    ) -> String {
        // `分别降低5.2%和11.5%`: a bare second item of a list shares the first one's label.
        if label.is_empty() && relates_to.is_none() {
            if let Some(j) = n
                .prev_in_clause
                .filter(|&j| self.classes[j].kind == n.c.kind)
            {
                label = self.out[j].0.clone().unwrap_or_default();
            }
        }
        if let Some(measure) = self.measure_at_another_time(n, &label) {
            label = measure;
        }
        // `排名全省第4，较上年前移2位`: places moved are a change of the rank before;
        // `增长3.8%，较上年提高0.3个百分点`: points, of the growth rate before.
        if let Some(moved) = self.rank_moved(n).or_else(|| self.rate_moved(n)) {
            label = moved;
        }
        if let Some(rate) = self.growth_named_by_its_time(n, &label) {
            label = rate;
        }
        // `其中税收收入增长17.2%，占比达到77.9%`: a share that names only itself is of the
        // subject before it.
        if n.kind == NumberKind::Rate && BARE_SHARE_WORDS.contains(&label.as_str()) {
            let whole = self
                .part_before(n)
                .unwrap_or_else(|| self.with_borrowed_subject(n, String::new()));
            if names_something(&whole) {
                label = format!("{whole}{label}");
            }
        } else if n.kind != NumberKind::Rank && !names_something(&label) {
            label = self.with_borrowed_subject(n, label);
        } else if let Some(rest) = only_estimated(&label).filter(|_| n.kind != NumberKind::Rank) {
            // `全年预计达到35040元`, `全年预计同比增长8.0%`: an estimate of the sentence's measure.
            let rest = rest.to_string();
            let borrowed = self.with_borrowed_subject(n, rest.clone());
            if borrowed != rest {
                label = borrowed;
            }
        } else if let Some(bare) = self.bare_basis_or_stage(n, &label) {
            label = bare;
        } else if n.is_amount() && LABEL_LEAD_VERBS.contains(&without_time_words(&label)) {
            // `地方财政收入首破30亿元，实现31.1亿元`: a light verb alone names nothing counted.
            let borrowed = self.with_borrowed_subject(n, String::new());
            if names_something(&borrowed) {
                label = borrowed;
            }
        }
        if label.is_empty() {
            // Last resort: the number's own stretch of its clause, from the previous number to
            // the next. Not the whole clause: in a clause of many numbers (`1个、2个、…`) that
            // would be the other numbers, once per number.
            let ctx = self.ctx;
            let (s, e) = ctx.clause_range[n.clause];
            let from = n.prev_in_clause.map_or(s, |j| self.tokens[j].end.max(s));
            let to = n.next_start.min(e);
            let text = format!("{}{}", ctx.slice(from, n.t.start), ctx.slice(n.t.end, to));
            label = strip_label(&text);
        }
        label = without_debris(&label);
        if let Some(rest) = without_growth_light_verb(n.kind, &label) {
            label = rest.to_string();
        }
        if let Some(held) = self.position_held(n, &label) {
            label = held;
        }
        if let Some(scoped) = self.of_a_part_of_the_place(n, &label) {
            label = scoped;
        }
        // `（四）酒村净菜加工项目：该项目占地10亩`: `该项目` is the one the paragraph's lead names.
        if let Some(named) = self.referred_by_gai(&label) {
            label = named;
        }
        // `居民消费价格指数同比持平（100）`: that it did not change is said of the level, no
        // part of its name.
        if let Some(rest) = FLAT_WORDS.iter().find_map(|w| label.strip_suffix(w)) {
            let rest = rest.strip_suffix("同比").unwrap_or(rest);
            if names_something(rest) {
                label = rest.to_string();
            }
        }
        // `地区生产总值突破500亿元大关，…，占全州GDP比重超18%`: a share of a whole with no
        // figure before it to describe is of the sentence's subject.
        if n.kind == NumberKind::Rate && relates_to.is_none() && label.starts_with('占') {
            let ctx = self.ctx;
            let whole = (0..n.k)
                .rev()
                .take_while(|&j| ctx.clause_sentence[self.clause_of(j)] == n.sentence)
                .filter_map(|j| self.subjects[j].as_deref())
                .find(|s| !s.starts_with('占') && names_something(s));
            if let Some(s) = whole {
                label = format!("{s}{label}");
            }
        }
        if label.chars().nth(MAX_LABEL_CHARS).is_some() {
            label.clear();
        }
        let label = match n.kind {
            NumberKind::Amount | NumberKind::Target => subject_of(&label),
            _ => label,
        };
        // `外贸进出口总额在高基数下实现2730亿元`: the circumstances (`在…下`) say how, not what.
        let label = without_circumstances(&label).unwrap_or(label);
        // `相沟镇实现一般公共预算收入`: a light verb only joins a place to its measure.
        without_place_light_verb(&label).unwrap_or(label)
    }

    /// A bare verb or frame (`增加`, `年均递增`, `是2010年的`): the nearest noun phrase earlier in
    /// the sentence, else the topic's title, then the label's own growth wording.
    pub(super) fn with_borrowed_subject(&mut self, n: &Number, label: String) -> String {
        let (ctx, tokens) = (self.ctx, self.tokens);
        let near = self.clause_subjects[n.clause]
            .get_or_insert_with(|| clause_subject(ctx, tokens, n.clause))
            .clone();
        // A clause right before that speaks of a rate (`其中金融业增速最高，年均增长14%`) names
        // whose growth this is, nearer than any earlier number's subject.
        let borrowed = near
            .clone()
            .filter(|_| {
                n.kind == NumberKind::Growth && previous_clause_speaks_of_rate(ctx, n.clause)
            })
            .or_else(|| self.sentence_subject(n.sentence))
            .or(near)
            // `全社会固定资产投资累计完成2039亿元；2005年达到600亿元`: a statement in parts,
            // the later part naming only its time.
            .or_else(|| self.subject_before_semicolon(n))
            .or_else(|| milestone_clause_subject(ctx, tokens, n.clause))
            .or_else(|| sentence_opening_subject(ctx, tokens, n.clause))
            .or_else(|| self.topic.map(strip_label).filter(|s| names_something(s)));
        let Some(b) = borrowed else {
            return label;
        };
        // `地区生产总值…，人均突破31万元`: a per-unit word alone measures the subject per unit.
        if PER_UNIT_PREFIXES.contains(&label.as_str()) {
            let b = PER_UNIT_PREFIXES
                .iter()
                .find_map(|p| b.strip_prefix(p))
                .unwrap_or(&b);
            return format!("{label}{b}");
        }
        // `高新技术企业达到326家，新增112家`: a verb of doing leads what it did.
        let b_is_thing = !COUNT_VERBS.iter().any(|v| b.starts_with(v));
        let verb_led = COUNT_VERBS.contains(&label.as_str())
            || NET_CHANGE_VERBS.iter().any(|(v, _)| *v == label);
        if verb_led && b_is_thing {
            return format!("{label}{b}");
        }
        // `新增“四上”企业14家，净增7家`: the things the count before counts, under this verb.
        if let Some(things) = COUNT_VERBS
            .iter()
            .find_map(|v| b.strip_prefix(v))
            .filter(|t| verb_led && names_something(t))
        {
            return format!("{label}{things}");
        }
        // Keep the number's own growth wording (`增加`, `年均递增`), not a stray char; and a
        // bare measure with it (`工业平稳发展，增加值增长3.8%`).
        let own = remove_words(&label, fenbie());
        let bare_measure = BARE_MEASURES.contains(&growth_subject(&own).as_str());
        // `较2017年增长`: a comparison with a year is the wording's basis, no subject.
        let own = if has_subject(without_year_basis(&own), growth_words()) && !bare_measure {
            String::new()
        } else {
            own
        };
        // `…等五大支柱产业不断做大做强，完成增加值…`: a bare measure is of the clause's thing.
        if bare_measure {
            return format!("{}{own}", thing_of_subject(&b));
        }
        format!("{b}{own}")
    }
}

/// `label` without the time words it opens with (`全年完成` → `完成`).
pub(super) fn without_time_words(label: &str) -> &str {
    let mut s = label;
    while let Some(rest) = LABEL_TIME_WORDS.iter().find_map(|w| s.strip_prefix(w)) {
        s = rest;
    }
    s
}

/// `预计`, `预计同比增长` → ``, `同比增长`: what is left of a label that opens with a word of an
/// estimate and names nothing else measured, or `None`.
fn only_estimated(label: &str) -> Option<&str> {
    let rest = without_time_words(label);
    let rest = ESTIMATE_WORDS.iter().find_map(|w| rest.strip_prefix(w))?;
    let rest = without_time_words(rest);
    let named = remove_words(rest, growth_and_frame_words());
    let named = BASIS_WORDS.iter().fold(named, |s, b| s.replace(b, ""));
    (!names_something(&named)).then_some(rest)
}
