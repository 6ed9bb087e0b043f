//! Metadata from the lines before the first part: title, publisher, publication date, source.
//!
//! Three kinds of evidence, strongest first:
//! - keyed fields, `key:value` or `key：value`, alone on a line (a scraper header such as
//!   `标题：…` `发文单位：…` `发文时间：…` `来源URL：…`) or several on one line (a web page's
//!   `信息来源:… 信息提供日期:2024-10-22 15:41 【字体: …`); a value such as `未知` that is no
//!   date gives no date;
//! - the delivery line of a speech, `——2016年2月19日在…会议上` (any dash, or in brackets, or
//!   a bare date followed by `在`), for the date; the speaker line `…人民政府区长 某某` for the
//!   publisher;
//! - for the title, the first label-like line (no sentence punctuation, no breadcrumb arrow)
//!   that names a kind of document (`报告`, `总结`, `计划`, …); a title spaced out letter by
//!   letter (`政 府 工 作 报 告`) is closed up.
//!
//! Each kind of evidence is read in a child module:
//! - `keyed`: the keyed fields;
//! - `delivery`: the delivery line's date, the speaker line's publisher, and dates;
//! - `title`: the title line, closed up, joined and completed.
//!
//! Here: [`Meta`] and the [`Reader`] that weighs the evidence, one preamble line at a time.

mod delivery;
mod keyed;
mod title;

use super::lines::Line;
use delivery::{delivery_date, speaker_publisher};
use keyed::{find_key_at, read_keyed, DATE_KEYS, PUBLISHER_KEYS, TITLE_KEYS, URL_KEYS};
use title::compose_title;
pub(crate) use title::{continues_title, title_candidate};

/// What the preamble says about the report.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub published: Option<String>,
    pub source_url: Option<String>,
}

/// Reads metadata from the preamble lines (everything before the first part heading).
#[cfg(test)]
pub(crate) fn extract(lines: &[Line<'_>]) -> Meta {
    let mut reader = Reader::default();
    for line in lines {
        reader.line(line);
    }
    reader.finish()
}

/// Reads metadata one preamble line at a time (so a long preamble can be read in slices).
#[derive(Debug, Default)]
pub(crate) struct Reader {
    keyed: Meta,
    date_line: Option<String>,
    speaker: Option<String>,
    title_line: Option<String>,
}

impl Reader {
    /// Reads the next preamble line.
    pub(crate) fn line(&mut self, line: &Line<'_>) {
        if line.len > 400 {
            return;
        }
        if read_keyed(line.text, &mut self.keyed) {
            // `2024年长宁区政府为民办实事项目公布 发布时间:2024-01-18`: a page's title with its
            // keyed fields after it on the same line.
            if self.title_line.is_none() {
                let first_key = [TITLE_KEYS, PUBLISHER_KEYS, DATE_KEYS, URL_KEYS]
                    .iter()
                    .filter_map(|keys| find_key_at(line.text, keys).map(|(at, _)| at))
                    .min();
                let lead = first_key.map_or("", |at| &line.text[..at]);
                self.title_line = title_candidate(lead);
            }
            return;
        }
        if self.date_line.is_none() {
            if let Some(d) = delivery_date(line.text) {
                self.date_line = Some(d);
                return;
            }
        }
        if self.speaker.is_none() {
            if let Some(p) = speaker_publisher(line.text) {
                self.speaker = Some(p);
                return;
            }
        }
        match self.title_line.as_mut() {
            None => self.title_line = title_candidate(line.text),
            // `宗加镇2010年政府工作总结及` / `2011年工作计划`: a title broken after its joiner goes
            // on on the next line.
            Some(title) if continues_title(title) => {
                if let Some(rest) = title_candidate(line.text) {
                    title.push_str(&rest);
                }
            }
            Some(_) => {}
        }
    }

    /// What the lines said, strongest evidence first. A generic title (`政府工作报告`) is
    /// completed from the publisher and the year (see [`compose_title`]).
    pub(crate) fn finish(self) -> Meta {
        let publisher = self.keyed.publisher.or(self.speaker);
        let published = self.keyed.published.or(self.date_line);
        let title = self
            .keyed
            .title
            .or(self.title_line)
            .map(|t| compose_title(t, publisher.as_deref(), published.as_deref()));
        Meta {
            title,
            publisher,
            published,
            source_url: self.keyed.source_url,
        }
    }
}

#[cfg(test)]
mod tests;
