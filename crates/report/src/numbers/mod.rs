//! Finds, classifies and normalizes every numeric mention in a parsed report.
//!
//! The work is split in four steps, one module each:
//! - [`scan`]: the tokenizer finds numeric tokens (Arabic numbers with their units, compounds such
//!   as `3+1+N`, Chinese ranks, ordinals and counts) in one block of text;
//! - [`units`]: the unit vocabulary and the exact expansion of `万`/`亿`;
//! - [`classify`]: indicator or not, kind, direction, basis and qualifiers ([`filters`]: what
//!   is written like a measure but measures nothing);
//! - [`label`]: what each number measures and which number a growth, rate or rank describes;
//!   [`lists`] then gives each value of a list (`分别…`) its own part of the shared subject.
//!
//! [`lexicon`] holds every word list they read; [`context`] holds the per-block facts they share (quotes, titles, clauses, sentences).

pub mod classify;
pub mod context;
pub mod filters;
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
    /// Bytes of block text done.
    bytes: usize,
    out: Vec<NumberMention>,
}

impl Extractor {
    /// Scans whole blocks of `report` (the same report at every call) until about `budget`
    /// bytes of their text are done (at least one block, however long). Returns the bytes done.
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
            self.next_block += 1;
            let block = &report.blocks[i];
            let Some(part) = report.parts.get(block.part) else {
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
            let ctx = BlockContext {
                block: i,
                offset: block.offset,
                part: part.kind,
                part_index: block.part + 1,
                section: block.section.map(|s| s + 1),
                topic,
                first_index: self.out.len(),
            };
            let text = report.block_text(block);
            bytes += text.len();
            self.out.extend(scan_block(text, &ctx));
        }
        self.bytes += bytes;
        bytes
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
    for (label, _) in &mut labels {
        if let Some(l) = label.as_deref().and_then(label::without_inner_adverbs) {
            *label = Some(l);
        }
    }
    if filters::is_note(text) {
        for class in &mut classes {
            class.is_indicator = false;
            class.kind = None;
        }
    }
    tokens
        .iter()
        .zip(&classes)
        .zip(labels)
        .map(|((t, class), (label, relates_to))| {
            let unit = t.unit.as_ref();
            NumberMention {
                raw: c.slice(t.start, t.end).to_string(),
                value: t.value,
                unit: unit.map(|u| u.written.clone()),
                base_value: t.base_value(),
                base_unit: unit.and_then(|u| u.base.clone()),
                kind: classify::reader_kind(class, ctx.part),
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
