//! Trailing page chrome: the short lines without a sentence after the last heading
//! (`责任编辑`, a breadcrumb, a `©` line), dropped from the end back to the first line of content.

use super::super::lines::Line;
use super::super::{heading, ParseError};
use super::{Kind, StructureJob, PER_LINE};

/// Longest trailing line that can be page chrome.
const MAX_CHROME: usize = 20;

/// Whether a trailing line has the shape of page chrome.
fn is_trailing_chrome(line: &Line<'_>) -> bool {
    let t = line.text;
    if t.contains('©') {
        return true;
    }
    if t.contains(&['>', '＞', '»'][..]) && !t.contains('。') {
        return true;
    }
    line.len <= MAX_CHROME && !t.contains(crate::text::is_sentence_punct) && !counts_things(t)
}

/// First chars of units of size a list's line may count in (`公里`, `亩`, `平方米`, `吨`, `元`).
const LIST_SIZE_CHARS: &[char] = &['公', '亩', '平', '米', '吨', '元'];

/// Whether a line counts things (`建成乡村健身广场200个`, `新增学位1.5万个`): a line of a list
/// of tasks or results, content however short, not chrome (`浏览次数：1234`, `共5页`).
pub(super) fn counts_things(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    chars.windows(2).enumerate().any(|(i, w)| {
        let digit = w[0].is_ascii_digit();
        // `新增100张养老床位`, `新改建农村公路600公里`: any counter or measure of size.
        let unit = crate::numbers::lexicon::COUNTERS.contains(w[1])
            || LIST_SIZE_CHARS.contains(&w[1])
            || (matches!(w[1], '万' | '亿')
                && chars.get(i + 2).is_some_and(|c| !c.is_ascii_digit()));
        digit && unit
    })
}

impl StructureJob {
    pub(super) fn chrome(
        &mut self,
        text: &str,
        budget: usize,
    ) -> (usize, Result<bool, ParseError>) {
        let mut bytes = 0;
        while self.items.len() > self.last_heading + 1 {
            if bytes >= budget.max(1) {
                return (bytes, Ok(false));
            }
            let Some(&(i, Kind::Para)) = self.items.last() else {
                break;
            };
            let span = self.lines[i];
            bytes += span.bytes() + PER_LINE;
            let line = span.line(text);
            if is_trailing_chrome(&line)
                && heading::part_heading(&line).is_none()
                && heading::section_heading(&line).is_none()
            {
                self.items.pop();
            } else {
                break;
            }
        }
        (bytes, Ok(true))
    }
}
