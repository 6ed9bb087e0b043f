//! Finds, classifies and normalizes every numeric mention in a parsed report.
//!
//! The work is split in four steps, one module each:
//! - [`scan`]: the tokenizer finds numeric tokens (Arabic numbers with their units, compounds such
//!   as `3+1+N`, Chinese ranks, ordinals and counts) in one block of text;
//! - [`units`]: the unit vocabulary and the exact expansion of `万`/`亿`;
//! - [`classify`]: indicator or not, kind, direction, basis and qualifiers ([`filters`]: what
//!   is written like a measure but measures nothing);
//! - [`label`]: what each number measures and which number a growth, rate or rank describes;
//!   [`lists`] then gives each value of a list (`分别…`) its own part of the shared subject, and
//!   [`gaps`] relates each gap to a benchmark (`高于全省1.3个百分点`) to the growth it compares.
//!
//! [`lexicon`] holds every word list they read; [`context`] holds the per-block facts they share (quotes, titles, clauses, sentences).

pub mod classify;
pub mod context;
pub mod filters;
pub mod gaps;
pub mod label;
pub mod lexicon;
pub mod lists;
pub mod scan;
pub mod units;

use crate::model::{BlockRole, NumberMention, PartKind, Report};

/// Where a block sits in the report: what every mention of the block inherits.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BlockContext {
    /// Index of the block in `Report::blocks`.
    pub block: usize,
    /// Char offset of the block's text in the input.
    pub offset: usize,
    /// The kind of the block's part.
    pub part: PartKind,
    /// 1-based index of the part.
    pub part_index: usize,
    /// 1-based index of the section within the part, or `None`.
    pub section: Option<usize>,
    /// The topic's title, when the block is a topic with one.
    pub topic: Option<String>,
    /// Index in `Report::numbers` of the block's first mention; `relates_to` values are
    /// shifted by it.
    pub first_index: usize,
    /// The block is an item of a list of targets (`主要预期目标为：` then `——地区生产总值增长7.5%；`
    /// on lines of their own): its indicators are targets wherever the list stands.
    pub listed_targets: bool,
    /// Where the coming period's plan starts in the block (a char offset into the text
    /// scanned), inside a part that is no plan: at a paragraph or sentence that opens it
    /// (`今年，某镇将…`, `该县将重点抓好…`, as news reports of a plan write it), or at 0 in a
    /// paragraph that follows one. Indicators from there on are targets.
    pub plan_from: Option<usize>,
}

/// Every numeric mention in the report's content blocks, in text order.
pub fn extract(report: &Report) -> Vec<NumberMention> {
    let mut extractor = Extractor::default();
    while !extractor.is_done(report) {
        extractor.step(report, usize::MAX);
    }
    extractor.finish()
}

/// [`extract`] a few blocks at a time: each [`Extractor::step`] goes on with the next block.
#[derive(Debug, Default, Clone)]
pub struct Extractor {
    next_block: usize,
    /// How far into `next_block`'s text the scan is, in bytes and in chars (a block longer than
    /// [`PIECE_BYTES`] is scanned a piece at a time).
    within: usize,
    within_chars: usize,
    /// Bytes of block text done.
    bytes: usize,
    out: Vec<NumberMention>,
    /// Whether the blocks so far end in a list of targets (see [`BlockContext::listed_targets`]).
    in_target_list: bool,
    /// Where the block being scanned starts its plan (see [`BlockContext::plan_from`]), in
    /// chars from the block's start.
    plan_from: Option<usize>,
    /// Whether the blocks so far end in a run of plain paragraphs that a plan opened: the next
    /// plain paragraph goes on with it.
    in_plan_run: bool,
    /// The plan part last seen: its index, whether its kind is the text's (no heading of its own
    /// names the plan), and its plan's year (see [`crate::parser::latest_year`]).
    plan_year: Option<(usize, bool, Option<u32>)>,
    /// Whether the block being scanned reports the past inside a part read as a plan by no
    /// heading of its own (see [`crate::parser::reports_the_past`]).
    past: bool,
}

/// How many paragraphs from a part's start may name the year of the plan it is read as.
const PLAN_YEAR_BLOCKS: usize = 2;

/// The most text one scan takes. A paragraph of the genre is a few KB; a longer "paragraph"
/// (a pasted table, a text dense with figures) is scanned in pieces cut after a sentence or
/// clause, so one parse step stays short whatever the text (a whole block is otherwise the unit
/// a step cannot split). A number never spans a cut, and a label does not reach past a clause.
pub const PIECE_BYTES: usize = 16 * 1024;

/// The last place in `window` where `at(left is part of a number, right is)` holds, as a byte
/// length (what is right of the window is unknown: taken as part of a number).
fn cut_between(window: &str, at: impl Fn(bool, bool) -> bool) -> Option<usize> {
    let mut right_is_number = true;
    window.char_indices().rev().find_map(|(i, c)| {
        let number = c.is_ascii_digit() || matches!(c, '.' | '%' | '．');
        let cut = at(number, right_is_number).then_some(i + c.len_utf8());
        right_is_number = number;
        cut
    })
}

/// The length in bytes of the next piece of `rest` to scan: all of it when short, else up to
/// [`PIECE_BYTES`], cut after the last sentence end, else the last clause or list break, else
/// right after the last number (a run of `比上年增长5%…` is cut between its frames), else
/// between two characters that are not part of a number.
fn piece_len(rest: &str) -> usize {
    if rest.len() <= PIECE_BYTES {
        return rest.len();
    }
    let mut max = PIECE_BYTES;
    while !rest.is_char_boundary(max) {
        max -= 1;
    }
    let window = &rest[..max];
    let after = |set: &[char]| {
        window
            .rfind(set)
            .map(|i| i + window[i..].chars().next().map_or(1, char::len_utf8))
    };
    after(&['。', '；', '！', '？', '\n'])
        .or_else(|| after(&['，', '、', ';', ' ', '\u{3000}']))
        .or_else(|| cut_between(window, |left, right| left && !right))
        .or_else(|| cut_between(window, |left, right| !left && !right))
        .filter(|&n| n > 0)
        .unwrap_or(max)
}

impl Extractor {
    /// Scans blocks of `report` (the same report at every call) until about `budget` bytes of
    /// their text are done (at least one block, or one [`PIECE_BYTES`] piece of a longer one).
    /// Returns the bytes done.
    pub fn step(&mut self, report: &Report, budget: usize) -> usize {
        if self.next_block == 0 && self.out.capacity() == 0 {
            // About one mention per 128 bytes in real reports: reserving once avoids copying a
            // large vector as it grows (in one step, late in a long parse).
            let bytes: usize = report.blocks.iter().map(|b| b.len).sum::<usize>() * 3;
            self.out.reserve(bytes / 128);
        }
        let mut bytes = 0;
        while self.next_block < report.blocks.len() && bytes < budget.max(1) {
            let i = self.next_block;
            let block = &report.blocks[i];
            let Some(part) = report.parts.get(block.part) else {
                self.next_block += 1;
                continue;
            };
            let topic = match block.role {
                BlockRole::Topic => part
                    .sections
                    .get(block.section.unwrap_or(0))
                    .and_then(|s| s.topics.get(block.index))
                    .and_then(|t| t.title.clone()),
                _ => None,
            };
            if self.within == 0 {
                let prev = i
                    .checked_sub(1)
                    .map(|p| report.block_text(&report.blocks[p]));
                self.in_target_list = filters::is_list_item(report.block_text(block))
                    && (self.in_target_list || prev.is_some_and(filters::leads_to_targets));
                self.plan_from = self.plan_start(report, i);
                self.past = self.reports_the_past(report, i);
            }
            let ctx = BlockContext {
                block: i,
                offset: block.offset + self.within_chars,
                part: if self.past {
                    PartKind::Summary
                } else {
                    part.kind
                },
                part_index: block.part + 1,
                section: block.section.map(|s| s + 1),
                topic,
                first_index: self.out.len(),
                listed_targets: self.in_target_list,
                plan_from: self.plan_from.map(|p| p.saturating_sub(self.within_chars)),
            };
            let text = report.block_text(block);
            let rest = text.get(self.within..).unwrap_or_default();
            let piece = &rest[..piece_len(rest)];
            bytes += piece.len();
            self.out.extend(scan_block(piece, &ctx));
            if piece.len() < rest.len() {
                self.within += piece.len();
                self.within_chars += piece.chars().count();
            } else {
                self.next_block += 1;
                self.within = 0;
                self.within_chars = 0;
            }
        }
        self.bytes += bytes;
        bytes
    }

    /// Where block `i` starts the coming period's plan, if it does (see
    /// [`BlockContext::plan_from`]); keeps `in_plan_run` for the next block. A run goes on over
    /// plain paragraphs of a part (no section or topic: a text without headings, a news report)
    /// until one opens a review (`今年以来，…`).
    fn plan_start(&mut self, report: &Report, i: usize) -> Option<usize> {
        let block = &report.blocks[i];
        let kind = report.parts[block.part].kind;
        if kind == PartKind::Plan {
            self.in_plan_run = false;
            return None;
        }
        // Lines a text without numbered headings sets apart (`着力实现幼有善育`) head parts of
        // no kind: their titles are lines of the run too.
        let plain = matches!(block.role, BlockRole::PartIntro | BlockRole::Closing)
            || (block.role == BlockRole::PartTitle && kind == PartKind::Other);
        let goes_on = i.checked_sub(1).is_some_and(|p| {
            let prev = report.blocks[p].part;
            prev == block.part || (kind == PartKind::Other && report.parts[prev].kind == kind)
        });
        let text = report.block_text(block);
        // A text without structure has its title as its first line.
        let title = report
            .title
            .as_deref()
            .or_else(|| report.parts.first()?.intro.first().map(String::as_str))
            .unwrap_or("");
        if plain && crate::parser::restates_a_pledge(title, text) {
            self.in_plan_run = false;
            return Some(0);
        }
        let from = if self.in_plan_run && plain && goes_on && !crate::parser::opens_review(text) {
            Some(0)
        } else {
            crate::parser::plan_start(text)
        };
        self.in_plan_run = plain && from.is_some();
        from
    }

    /// Whether block `i` reports the past in a part read as a plan by the text's title or lead,
    /// not by a heading of its own (a news report of a plan: `此前，…2025年全区实现生产总值…`).
    /// The part's first paragraph gives the plan's year.
    fn reports_the_past(&mut self, report: &Report, i: usize) -> bool {
        let block = &report.blocks[i];
        let part = &report.parts[block.part];
        let content = !matches!(
            block.role,
            BlockRole::PartTitle | BlockRole::PartSubtitle | BlockRole::SectionTitle
        );
        if part.kind != PartKind::Plan || !content {
            return false;
        }
        let text = report.block_text(block);
        let (inherited, year) = match self.plan_year {
            Some((p, inherited, year)) if p == block.part => (inherited, year),
            _ => {
                let inherited = crate::parser::part_kind(&part.title) != PartKind::Plan;
                // `2023年，全省经济…增长4.3%。` then `2024年主要预期目标是：…`: the plan's year
                // may first be named in the paragraph after a review's.
                let year = inherited
                    .then(|| {
                        report.blocks[i..]
                            .iter()
                            .take_while(|b| b.part == block.part)
                            .take(PLAN_YEAR_BLOCKS)
                            .filter_map(|b| crate::parser::latest_year(report.block_text(b)))
                            .max()
                    })
                    .flatten();
                self.plan_year = Some((block.part, inherited, year));
                (inherited, year)
            }
        };
        inherited && crate::parser::reports_the_past(text, year)
    }

    /// Bytes of block text done so far.
    pub fn bytes_done(&self) -> usize {
        self.bytes
    }

    /// Whether every block of `report` is done.
    pub fn is_done(&self, report: &Report) -> bool {
        self.next_block >= report.blocks.len()
    }

    /// The mentions found, in text order.
    pub fn finish(self) -> Vec<NumberMention> {
        self.out
    }
}

/// Every numeric mention in one block's text, classified, with offsets shifted by
/// `ctx.offset` and `relates_to` by `ctx.first_index`.
pub fn scan_block(text: &str, ctx: &BlockContext) -> Vec<NumberMention> {
    let c = context::Context::new(text);
    let tokens = scan::scan(&c);
    let mut classes: Vec<classify::Class> = Vec::with_capacity(tokens.len());
    for k in 0..tokens.len() {
        let class = classify::classify(&c, &tokens, k, &classes);
        classes.push(class);
    }
    let mut labels = label::labels(&c, &tokens, &classes, ctx.topic.as_deref());
    lists::split(&c, &tokens, &classes, &mut labels);
    gaps::relate(&c, &tokens, &classes, &mut labels);
    for (label, _) in &mut labels {
        if let Some(l) = label.as_deref().and_then(label::without_inner_adverbs) {
            *label = Some(l);
        }
        if let Some(l) = label.as_deref().and_then(label::without_statement_lead) {
            *label = Some(l);
        }
        // A list of items no value split (`A、B、C三大产业规模`) is named by its count.
        if let Some(l) = label.as_deref().and_then(label::from_list_count) {
            *label = Some(l.to_string());
        }
    }
    if filters::is_note(text) || filters::has_no_words(text) {
        for class in &mut classes {
            class.is_indicator = false;
            class.kind = None;
        }
    }
    let targets = classify::TargetStatements::new(&c);
    let approximated = classify::approximate_targets(&c, &tokens, &classes);
    tokens
        .iter()
        .zip(&classes)
        .zip(labels)
        .zip(approximated)
        .map(|(((t, class), (label, relates_to)), approximated)| {
            let unit = t.unit.as_ref();
            NumberMention {
                raw: c.slice(t.start, t.end).to_string(),
                value: t.value,
                unit: unit.map(|u| u.written.clone()),
                base_value: t.base_value(),
                base_unit: unit.and_then(|u| u.base.clone()),
                kind: classify::reader_kind(
                    class,
                    ctx.part,
                    ctx.listed_targets
                        || ctx.plan_from.is_some_and(|p| t.start >= p)
                        || targets.before(&c, t.start)
                        // In a part headed as a review, figures set about are the year's
                        // estimates (a report given before the final statistics).
                        || (approximated && ctx.part != PartKind::Summary),
                ),
                direction: class.direction,
                basis: class.basis.map(str::to_string),
                qualifier: classify::qualifier_string(class),
                label,
                relates_to: relates_to.map(|r| r + ctx.first_index),
                is_indicator: class.is_indicator,
                offset: ctx.offset + t.start,
                part: ctx.part,
                part_index: ctx.part_index,
                section: ctx.section,
                topic: ctx.topic.clone(),
                block: ctx.block,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One paragraph of `n` growth figures separated by `sep`, in a report.
    fn dense(n: usize, sep: &str) -> Report {
        let body = (1..=n)
            .map(|i| format!("指标{i}增长{}.{}%", i % 20, i % 10))
            .collect::<Vec<_>>()
            .join(sep);
        crate::parse(&format!("某区报告\n一、工作回顾\n{body}。\n")).unwrap()
    }

    #[test]
    fn a_paragraph_of_the_genre_is_one_piece() {
        let text = "全区地区生产总值增长6.5%，一般公共预算收入12.3亿元。".repeat(60);
        assert!(text.len() < PIECE_BYTES);
        assert_eq!(piece_len(&text), text.len());
    }

    #[test]
    fn a_huge_block_is_scanned_in_pieces_cut_between_clauses() {
        let report = dense(5000, "，");
        let mut x = Extractor::default();
        let mut steps = 0;
        while !x.is_done(&report) {
            assert!(x.step(&report, 1) <= PIECE_BYTES);
            steps += 1;
        }
        assert!(steps > 5, "{steps} steps");
        let pieces = x.finish();
        let block = report.blocks.iter().max_by_key(|b| b.len).unwrap();
        let whole = scan_block(
            report.block_text(block),
            &BlockContext {
                offset: block.offset,
                ..BlockContext::default()
            },
        );
        assert_eq!(pieces.len(), 10_000, "every number and every growth");
        assert_eq!(pieces.len(), whole.len());
        for (a, b) in pieces.iter().zip(&whole) {
            assert_eq!(
                (&a.raw, a.offset, a.value, a.kind),
                (&b.raw, b.offset, b.value, b.kind)
            );
        }
    }

    #[test]
    fn a_run_without_any_break_is_cut_outside_numbers() {
        let text = format!("{}。", "增长12345".repeat(4000));
        let n = piece_len(&text);
        assert!(n <= PIECE_BYTES && n > 0);
        assert!(text[n..].starts_with("增长"), "cut right after a number");
    }
}
