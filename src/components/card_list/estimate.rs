//! Stand-in heights for what is not laid out yet. Later chunks off screen skip layout
//! (`content-visibility: auto`) and take their `contain-intrinsic-size` until first shown; a
//! fixed guess made the page shrink by a sixth as the reader went down, and WebKit (no scroll
//! anchoring) jumped by hundreds of pixels while scrolling up. So each chunk's stand-in is the
//! sum of its rows in the list's columns, each card's height estimated from its own text and
//! marks, its fold and its chart, with the sizes measured on a card that is laid out.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Lines a text needs at `width_em` ems per line: CJK, full-width characters and the general
/// punctuation CJK fonts draw full-width (“ ” …) take 1 em, others (digits, Latin, ASCII
/// punctuation) about half. A line ends short of the width where a word or a marked number
/// cannot be split or punctuation cannot start the next line: about one em per line.
///
/// ```
/// use report_explorer::components::card_list::estimate::text_lines;
/// assert_eq!(text_lines("城市功能进一步优化", 5.0), 3);
/// assert_eq!(text_lines("2024年", 5.0), 1);
/// assert_eq!(text_lines("", 10.0), 0);
/// ```
pub fn text_lines(text: &str, width_em: f64) -> usize {
    lines_of(text_ems(text), width_em)
}

/// A text's width in ems on one line (see [`text_lines`]).
fn text_ems(text: &str) -> f64 {
    text.chars()
        .map(|c| match c as u32 {
            0x2000..=0x206F | 0x2E80.. => 1.0,
            _ => 0.55,
        })
        .sum()
}

/// Lines that `ems` of text need at `width_em` ems per line.
fn lines_of(ems: f64, width_em: f64) -> usize {
    if width_em <= 0.0 {
        return 0;
    }
    (ems / (width_em - 1.0).max(1.0)).ceil() as usize
}

/// What a card text's marked numbers add to its width beyond their digits, in ems: each mark's
/// padding, and the kind's symbol after a growth, rate, rank or target (`.num-growth::after`…,
/// not in the text content). A paragraph dense with figures is a line or more longer for them.
fn marks_ems(text: &Element) -> f64 {
    let count = |selector: &str| {
        text.query_selector_all(selector)
            .map_or(0, |l| l.length() as usize) as f64
    };
    count(".num") * 0.2 + count(".num-growth, .num-rate, .num-rank, .num-target") * 0.85
}

/// What a laid-out card says about every card's height.
struct Metrics {
    font_px: f64,
    line_px: f64,
    text_width_px: f64,
    /// A card's height besides its title, text and chart.
    base_px: f64,
    /// A chart's frame (margins, border, padding) and one row with its gap.
    chart_frame_px: f64,
    chart_row_px: f64,
    /// A title line, and a title's width in its own ems.
    title_line_px: f64,
    title_width_em: f64,
    /// Per heading tag (`H2`, `H3`), a laid-out heading: its height with margins, its lines,
    /// its line height and the ems per line.
    headings: Vec<(String, Heading)>,
}

/// A laid-out heading, the measure of the others of its tag.
#[derive(Clone, Copy)]
struct Heading {
    outer_px: f64,
    lines: usize,
    line_px: f64,
    width_em: f64,
}

/// Measures the first laid-out heading of each tag in the first chunk of `list`.
fn measure_headings(list: &Element, window: &web_sys::Window) -> Vec<(String, Heading)> {
    let mut out: Vec<(String, Heading)> = Vec::new();
    let Ok(all) = list.query_selector_all(&format!("{MEASURED} h2, {MEASURED} h3")) else {
        return out;
    };
    for i in 0..all.length() {
        let Some(h) = all.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        let tag = h.tag_name();
        if h.offset_width() == 0 || out.iter().any(|(t, _)| *t == tag) {
            continue;
        }
        let Some(style) = window.get_computed_style(&h).ok().flatten() else {
            continue;
        };
        let get = |p: &str| style.get_property_value(p).ok().and_then(|v| px(&v));
        let (Some(font), Some(line)) = (get("font-size"), get("line-height")) else {
            continue;
        };
        let margins = get("margin-top").unwrap_or(0.0) + get("margin-bottom").unwrap_or(0.0);
        let width_em = h.client_width() as f64 / font;
        let lines = h
            .text_content()
            .map_or(1, |t| text_lines(&t, width_em).max(1));
        out.push((
            tag,
            Heading {
                outer_px: h.offset_height() as f64 + margins,
                lines,
                line_px: line,
                width_em,
            },
        ));
    }
    out
}

fn html(el: &Element) -> Option<&HtmlElement> {
    el.dyn_ref::<HtmlElement>()
}

/// A computed length (`12.75px`) in px. Read by hand: `str::parse::<f64>` would add Rust's
/// float parser to the wasm for lengths that are always plain decimals.
fn px(value: &str) -> Option<f64> {
    let digits = value.strip_suffix("px")?;
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut v = whole.parse::<u32>().ok()? as f64;
    let mut scale = 0.1;
    for c in frac.chars().take(6) {
        v += c.to_digit(10)? as f64 * scale;
        scale /= 10.0;
    }
    Some(v)
}

/// Where a card, chart or heading is measured: the first chunk, which is always laid out. Asking
/// an element of a later chunk for its size would lay out that chunk (it skips layout until
/// shown), and a long report has hundreds.
const MEASURED: &str = ".card-chunk:not(.card-chunk-later)";

/// Measures the first laid-out card of the first chunk and the first chart (none laid out: no
/// measure).
fn measure(list: &Element) -> Option<Metrics> {
    let window = web_sys::window()?;
    let cards = list
        .query_selector_all(&format!("{MEASURED} article"))
        .ok()?;
    let laid_out = |el: &Element| html(el).is_some_and(|e| e.offset_width() > 0);
    let outer = |el: &Element| -> f64 {
        let margins = window
            .get_computed_style(el)
            .ok()
            .flatten()
            .map_or(0.0, |s| {
                let get = |p: &str| {
                    s.get_property_value(p)
                        .ok()
                        .and_then(|v| px(&v))
                        .unwrap_or(0.0)
                };
                get("margin-top") + get("margin-bottom")
            });
        html(el).map_or(0, |e| e.offset_height()) as f64 + margins
    };
    let mut chart = None;
    let mut found = None;
    for i in 0..cards.length() {
        let card: Element = cards.item(i)?.dyn_into().ok()?;
        let (Some(text), Some(title)) = (
            card.query_selector(".card-text").ok().flatten(),
            card.query_selector(".card-title").ok().flatten(),
        ) else {
            continue;
        };
        if !laid_out(&text) {
            continue; // skipped: not laid out
        }
        let card_chart = card.query_selector(".card-chart").ok().flatten();
        if let (None, Some(c)) = (&chart, &card_chart) {
            chart = measure_chart(c, &window, &outer);
        }
        if found.is_none() {
            let style = window.get_computed_style(&text).ok()??;
            let font_px = px(&style.get_property_value("font-size").ok()?)?;
            let line_px =
                px(&style.get_property_value("line-height").ok()?).unwrap_or(font_px * 1.7);
            let title_style = window.get_computed_style(&title).ok()??;
            let title_font = px(&title_style.get_property_value("font-size").ok()?)?;
            let title_line = px(&title_style.get_property_value("line-height").ok()?)
                .unwrap_or(title_font * 1.5);
            let title_el = html(&title)?;
            let title_em = title_el.client_width() as f64 / title_font;
            let title_lines = title
                .text_content()
                .map_or(1, |t| text_lines(&t, title_em).max(1));
            let text_el = html(&text)?;
            let chart_px = card_chart.as_ref().map_or(0.0, &outer);
            found = Some(Metrics {
                font_px,
                line_px,
                text_width_px: text_el.client_width() as f64,
                base_px: html(&card)?.offset_height() as f64
                    - text_el.offset_height() as f64
                    - chart_px
                    - title_lines as f64 * title_line,
                chart_frame_px: 0.0,
                chart_row_px: 0.0,
                title_line_px: title_line,
                title_width_em: title_em,
                headings: Vec::new(),
            });
        }
        if found.is_some() && chart.is_some() {
            break;
        }
    }
    if chart.is_none() {
        // No chart in the first chunk (a report that opens with words only): measure the first
        // chart further down. That lays out its one chunk, once per pass; without it every later
        // chart would stand in at no height and the page would grow as the reader goes down.
        chart = list
            .query_selector(".card-chunk-later .card-chart")
            .ok()
            .flatten()
            .and_then(|c| measure_chart(&c, &window, &outer));
    }
    let (chart_frame_px, chart_row_px) = chart.unwrap_or((0.0, 0.0));
    found.map(|m| Metrics {
        chart_frame_px,
        chart_row_px,
        headings: measure_headings(list, &window),
        ..m
    })
}

/// A laid-out chart's frame (margins, border, padding) and one row with its gap; `outer` is an
/// element's height with its margins.
fn measure_chart(
    chart: &Element,
    window: &web_sys::Window,
    outer: &dyn Fn(&Element) -> f64,
) -> Option<(f64, f64)> {
    let rows = chart.child_element_count() as f64;
    let row = chart.first_element_child().map_or(0.0, |r| outer(&r));
    let gap = window
        .get_computed_style(chart)
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value("row-gap").ok())
        .and_then(|g| px(&g))
        .unwrap_or(0.0);
    (rows > 0.0 && row > 0.0).then(|| (outer(chart) - rows * (row + gap) + gap, row + gap))
}

/// The estimated height of `card` (an `<article>`).
fn card_height(card: &Element, m: &Metrics) -> f64 {
    let text = card.query_selector(".card-text").ok().flatten();
    let folded = text
        .as_ref()
        .is_some_and(|t| t.class_list().contains("folded"));
    let mut lines = text.as_ref().map_or(0, |t| {
        let ems = t.text_content().map_or(0.0, |s| text_ems(&s)) + marks_ems(t);
        lines_of(ems, m.text_width_px / m.font_px)
    });
    if folded {
        lines = lines.min(4);
    }
    let title_lines = card
        .query_selector(".card-title")
        .ok()
        .flatten()
        .and_then(|t| t.text_content())
        .map_or(1, |t| text_lines(&t, m.title_width_em).max(1));
    let rows = card
        .query_selector(".card-chart")
        .ok()
        .flatten()
        .map_or(0, |c| c.child_element_count());
    let chart = if rows > 0 {
        m.chart_frame_px + rows as f64 * m.chart_row_px
    } else {
        0.0
    };
    m.base_px + title_lines as f64 * m.title_line_px + lines as f64 * m.line_px + chart
}

/// Sets the stand-in height of every later chunk in `list` (its rows in the list's columns).
/// Harmless for a chunk laid out: a box shown once keeps its own height (`auto`). Counts the
/// passes in the list's `data-stand-ins` (for tests).
pub fn size_placeholders(list: &Element) {
    let passes = list
        .get_attribute("data-stand-ins")
        .and_then(|n| n.parse::<u32>().ok())
        .unwrap_or(0);
    let _ = list.set_attribute("data-stand-ins", &(passes + 1).to_string());
    let Some(m) = measure(list) else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(chunks) = list.query_selector_all(".card-chunk-later") else {
        return;
    };
    // The chunks take the list's columns and gap (`inherit`): read them on the list. A grid's
    // resolved columns are its laid-out tracks, so asking a chunk that skips layout would lay
    // it out, one chunk at a time.
    let Some(style) = window.get_computed_style(list).ok().flatten() else {
        return;
    };
    let columns = style
        .get_property_value("grid-template-columns")
        .map_or(1, |c| c.split_whitespace().count().max(1));
    let gap = style
        .get_property_value("row-gap")
        .ok()
        .and_then(|g| px(&g))
        .unwrap_or(0.0);
    for i in 0..chunks.length() {
        let Some(chunk) = chunks
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
        else {
            continue;
        };
        let h = chunk_height(&chunk, &m, columns, gap).round();
        let _ = chunk
            .style()
            .set_property("contain-intrinsic-size", &format!("auto {h}px"));
    }
}

/// A heading's height with its margins: as a laid-out heading of its tag, line for line.
fn heading_height(h: &Element, m: &Metrics, columns: usize) -> f64 {
    let tag = h.tag_name();
    let text = h.text_content().unwrap_or_default();
    match m.headings.iter().find(|(t, _)| *t == tag) {
        Some((_, s)) => {
            let lines = text_lines(&text, s.width_em).max(1);
            s.outer_px + (lines as f64 - s.lines as f64) * s.line_px
        }
        None => {
            let lines = text_lines(&text, m.text_width_px * columns as f64 / m.font_px).max(1);
            lines as f64 * m.line_px * 1.2 + m.font_px
        }
    }
}

/// A chunk's rows laid out in `columns`: a heading or a wide card takes a row of its own,
/// other cards share rows, each row as tall as its tallest card.
fn chunk_height(chunk: &Element, m: &Metrics, columns: usize, gap: f64) -> f64 {
    // Heights of the chunk's grid rows.
    let mut rows: Vec<f64> = Vec::new();
    let (mut row_max, mut in_row) = (0.0f64, 0usize);
    let kids = chunk.children();
    for i in 0..kids.length() {
        let Some(kid) = kids.item(i) else {
            continue;
        };
        let is_card = kid.tag_name() == "ARTICLE";
        if is_card && !kid.class_list().contains("card-wide") {
            row_max = row_max.max(card_height(&kid, m));
            in_row += 1;
            if in_row == columns {
                rows.push(row_max);
                (row_max, in_row) = (0.0, 0);
            }
            continue;
        }
        if in_row > 0 {
            rows.push(row_max);
            (row_max, in_row) = (0.0, 0);
        }
        rows.push(if is_card {
            card_height(&kid, m)
        } else {
            heading_height(&kid, m, columns)
        });
    }
    if in_row > 0 {
        rows.push(row_max);
    }
    rows.iter().sum::<f64>() + gap * rows.len().saturating_sub(1) as f64
}
