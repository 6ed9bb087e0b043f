//! Exports of the current view: its indicators as CSV rows, and file names that name the
//! report and the filters (`新桥街道2024上半年-增长-养老.csv`). The JSON export is the CLI's
//! document (`serde_json` of [`Report`]), written by the app.
//!
//! ```
//! use report::view::{self, Filter, SearchIndex};
//! use report::NumberKind;
//! let text = "关于2024年工作的报告\n一、上半年工作总结\n（一）经济发展\n经济指标持续向好。产值329.73亿元，同比增长4.1%。\n";
//! let report = report::parse(text).unwrap();
//! let cards = view::cards(&report);
//! let filter = Filter { kinds: vec![NumberKind::Growth], ..Filter::default() };
//! let hits = view::apply(&report, &cards, &filter);
//! let rows = report::export::indicator_rows(&report, &cards, &hits, &filter);
//! assert_eq!(rows.len(), 1);
//! assert_eq!(rows[0][5], "4.1%");
//! assert_eq!(report::export::file_name("新桥街道", &report, &filter, "csv"), "新桥街道-增长.csv");
//! ```

use crate::model::{Direction, NumberKind, PartKind, Report};
use crate::view::{Card, Filter, Hit, PartSel};

/// The CSV columns, in order.
pub const CSV_HEADER: [&str; 13] = [
    "部分",
    "小节",
    "段落",
    "指标",
    "类型",
    "数值(原文)",
    "数值",
    "单位",
    "折算值",
    "折算单位",
    "限定",
    "方向",
    "基准",
];

/// One CSV row: the [`CSV_HEADER`] columns.
pub type Row = [String; 13];

/// A number as text: no exponent, no trailing `.0` (`16700`, `329.73`).
pub fn number_text(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let s = format!("{v}");
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

/// The indicators of the cards shown (`hits`, in display order), one row each; when the filter
/// names kinds, only indicators of those kinds.
pub fn indicator_rows(report: &Report, cards: &[Card], hits: &[Hit], filter: &Filter) -> Vec<Row> {
    let mut rows = Vec::new();
    for hit in hits {
        let Some(card) = cards.get(hit.card) else {
            continue;
        };
        let part = report.parts[card.part].label();
        let section = card
            .section
            .and_then(|s| report.parts[card.part].sections.get(s))
            .map(|s| s.label())
            .unwrap_or_default();
        let paragraph = card.heading.clone();
        for &i in &card.numbers {
            let n = &report.numbers[i];
            let Some(kind) = n.kind.filter(|_| n.is_indicator) else {
                continue;
            };
            if !filter.kinds.is_empty() && !filter.kinds.contains(&kind) {
                continue;
            }
            let opt = |s: &Option<String>| s.clone().unwrap_or_default();
            rows.push([
                part.clone(),
                section.clone(),
                paragraph.clone(),
                opt(&n.label),
                kind.name().to_string(),
                n.raw.clone(),
                n.value.map(number_text).unwrap_or_default(),
                opt(&n.unit),
                n.base_value.map(number_text).unwrap_or_default(),
                opt(&n.base_unit),
                opt(&n.qualifier),
                match n.direction {
                    Some(Direction::Up) => "上升".into(),
                    Some(Direction::Down) => "下降".into(),
                    None => String::new(),
                },
                opt(&n.basis),
            ]);
        }
    }
    rows
}

/// The columns of [`CSV_HEADER`] that hold numbers (数值, 折算值): [`number_text`] writes them, so
/// a spreadsheet should read them as numbers, a negative one included.
const NUMBER_COLUMNS: [usize; 2] = [6, 8];

/// A text cell that a spreadsheet program would run as a formula, made inert: a cell starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP's advice on CSV
/// injection), so Excel and WPS show it as text. The report's text is the reader's or a
/// portal's, never trusted: `=HYPERLINK(…)` in it must not become a live link or a command.
///
/// Only for text: a number column's plain numbers (`-2.5`) are left to [`csv_text`], which
/// writes them as they are.
///
/// ```
/// use report::export::defuse;
/// assert_eq!(defuse("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
/// assert_eq!(defuse("-2+3"), "'-2+3");
/// assert_eq!(defuse("养老服务"), "养老服务");
/// ```
pub fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// A cell as written to CSV: a plain number (`-2.5`, `+3`) in a number column as it is, so it
/// stays a number; every other cell [`defuse`]d. A number column's cell that is anything but a
/// plain number is text like any other.
fn cell_text(cell: &str, number_column: bool) -> std::borrow::Cow<'_, str> {
    if number_column && crate::numbers::units::parse_decimal(cell).is_some() {
        cell.into()
    } else {
        defuse(cell)
    }
}

/// One CSV field, quoted per RFC 4180 when it holds a comma, quote or line end.
pub fn csv_field(f: &str) -> String {
    if f.contains(&[',', '"', '\n', '\r'][..]) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f.to_string()
    }
}

/// The CSV text: a BOM (so spreadsheet programs read the Chinese as UTF-8), the header, the
/// rows; RFC 4180 quoting, `\r\n` line ends, text that would start a formula [`defuse`]d.
pub fn csv(rows: &[Row]) -> String {
    let header = CSV_HEADER.map(String::from);
    csv_text(
        std::iter::once(&header[..]).chain(rows.iter().map(|r| &r[..])),
        |c| NUMBER_COLUMNS.contains(&c),
    )
}

/// Every CSV file the app writes (the indicator table, each chart's table): a BOM, then one
/// line of [`csv_field`]s per row, `\r\n` line ends. `number_column` says which columns (by
/// index) hold numbers: their plain numbers are written as they are, every other cell
/// [`defuse`]d.
pub fn csv_text<'a>(
    rows: impl IntoIterator<Item = &'a [String]>,
    number_column: impl Fn(usize) -> bool,
) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        let line: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, f)| csv_field(&cell_text(f, number_column(c))))
            .collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The filters in words, for file names and the printed page: part, section, kinds,
/// `只看含数据`, then the search (`["第1部分", "增长", "养老"]`). Empty when nothing is filtered.
pub fn filter_words(report: &Report, filter: &Filter) -> Vec<String> {
    let mut out = Vec::new();
    match filter.parts {
        PartSel::None => {}
        PartSel::Index(p) => out.push(format!("第{p}部分")),
        PartSel::Kind(PartKind::Summary) => out.push("工作总结".into()),
        PartSel::Kind(PartKind::Plan) => out.push("工作计划".into()),
        PartSel::Kind(PartKind::Other) => out.push("其他部分".into()),
    }
    if let Some((p, s)) = filter.section {
        if report.parts.get(p.wrapping_sub(1)).is_some() {
            out.push(format!("第{p}部分第{s}小节"));
        }
    }
    for k in NumberKind::ALL {
        if filter.kinds.contains(&k) {
            out.push(k.name().into());
        }
    }
    if filter.only_numbers {
        out.push("只看含数据".into());
    }
    let q = filter.q.trim();
    if !q.is_empty() {
        out.push(q.to_string());
    }
    out
}

/// Characters file systems refuse, and controls, become `_`; whitespace runs become one space.
pub fn safe_file_part(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
            || c.is_control()
        {
            '_'
        } else {
            c
        };
        if c.is_whitespace() {
            if !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    let out = out.trim().trim_matches('.').to_string();
    out.chars().take(40).collect()
}

/// A download's file name: the report's name (`base`, e.g. the manifest's short title; the
/// report's own title when empty), then each filter word, joined with `-`, then `.ext`.
pub fn file_name(base: &str, report: &Report, filter: &Filter, ext: &str) -> String {
    let base = if base.trim().is_empty() {
        report.title.as_deref().unwrap_or("报告")
    } else {
        base
    };
    let mut parts = vec![safe_file_part(base)];
    parts.extend(
        filter_words(report, filter)
            .iter()
            .map(|w| safe_file_part(w)),
    );
    parts.retain(|p| !p.is_empty());
    if parts.is_empty() {
        parts.push("报告".into());
    }
    format!("{}.{ext}", parts.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::{self, SearchIndex};

    const SEED: &str = include_str!("../../../public/reports/xinqiao-2024h1.txt");

    fn seed() -> (Report, Vec<Card>) {
        let r = crate::parse(SEED).unwrap();
        let c = view::cards(&r);
        (r, c)
    }

    #[test]
    fn quoting_follows_rfc_4180() {
        assert_eq!(csv_field("养老"), "养老");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("说\"好\""), "\"说\"\"好\"\"\"");
        assert_eq!(csv_field("a\nb"), "\"a\nb\"");
        assert_eq!(csv_field("a\r\nb"), "\"a\r\nb\"");
        let mut row: Row = Default::default();
        row[0] = "x,y".into();
        let text = csv(&[row]);
        assert!(text.starts_with("\u{feff}部分,小节,段落,指标,类型,数值(原文),数值,单位,折算值,折算单位,限定,方向,基准\r\n"));
        assert!(text.ends_with("\"x,y\",,,,,,,,,,,,\r\n"));
    }

    #[test]
    fn text_cells_that_start_a_formula_are_defused() {
        for lead in ['=', '+', '-', '@', '\t', '\r'] {
            let cell = format!("{lead}HYPERLINK(\"http://x\",\"点此\")");
            assert_eq!(defuse(&cell), format!("'{cell}"), "{lead:?}");
        }
        for text in [
            "养老",
            "329.73亿元",
            "",
            "'=1",
            " =1",
            "a=1",
            "▲4.1%",
            "\n=1",
        ] {
            assert_eq!(defuse(text), text, "{text:?}");
        }
    }

    #[test]
    fn number_columns_keep_plain_numbers_and_defuse_the_rest() {
        assert_eq!(CSV_HEADER[NUMBER_COLUMNS[0]], "数值");
        assert_eq!(CSV_HEADER[NUMBER_COLUMNS[1]], "折算值");
        let mut row: Row = Default::default();
        row[3] = "=1+1".into();
        row[5] = "-2.5%".into();
        row[6] = "-2.5".into();
        row[8] = "+3".into();
        row[12] = "@SUM(A1)".into();
        let text = csv(&[row.clone()]);
        assert_eq!(
            text.lines().nth(1),
            Some(",,,'=1+1,,'-2.5%,-2.5,,+3,,,,'@SUM(A1)")
        );
        // In a number column, what is not a plain number is text like any other.
        row[6] = "-1+2".into();
        row[8] = "\r=1".into();
        let text = csv(&[row]);
        assert!(text.contains(",'-1+2,,\"'\r=1\","), "{text:?}");
    }

    #[test]
    fn numbers_print_plainly() {
        assert_eq!(number_text(16700.0), "16700");
        assert_eq!(number_text(329.73), "329.73");
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(32973000000.0), "32973000000");
        assert_eq!(number_text(f64::NAN), "");
    }

    #[test]
    fn rows_follow_the_filter() {
        let (r, cards) = seed();
        let index = SearchIndex::new(&cards);
        let all = view::apply_indexed(&r, &cards, &index, &Filter::default());
        let every = indicator_rows(&r, &cards, &all, &Filter::default());
        let indicators = r
            .numbers
            .iter()
            .filter(|n| n.is_indicator && n.kind.is_some())
            .count();
        assert_eq!(every.len(), indicators);

        let filter = Filter {
            kinds: vec![NumberKind::Growth],
            q: "增长".into(),
            ..Filter::default()
        };
        let hits = view::apply_indexed(&r, &cards, &index, &filter);
        let rows = indicator_rows(&r, &cards, &hits, &filter);
        assert!(!rows.is_empty());
        for row in &rows {
            assert_eq!(row[4], "增长");
            assert!(row[11] == "上升" || row[11] == "下降", "{row:?}");
            assert!(row[0].starts_with("一、") || row[0].starts_with("二、"));
        }
        // Every row's number appears in a shown card's text.
        for row in &rows {
            assert!(
                hits.iter().any(|h| cards[h.card].text.contains(&row[5])),
                "{row:?}"
            );
        }
    }

    #[test]
    fn the_329_73_row() {
        let (r, cards) = seed();
        let hits = view::apply(&r, &cards, &Filter::default());
        let rows = indicator_rows(&r, &cards, &hits, &Filter::default());
        let row = rows
            .iter()
            .find(|row| row[5] == "329.73亿元")
            .expect("329.73亿元");
        assert_eq!(row[6], "329.73");
        assert_eq!(row[7], "亿元");
        assert_eq!(row[8], "32973000000");
        assert_eq!(row[9], "元");
    }

    #[test]
    fn file_names_name_report_and_filters() {
        let (r, _) = seed();
        let filter = Filter {
            kinds: vec![NumberKind::Growth],
            q: "养老".into(),
            ..Filter::default()
        };
        assert_eq!(
            file_name("新桥街道2024上半年", &r, &filter, "csv"),
            "新桥街道2024上半年-增长-养老.csv"
        );
        assert_eq!(
            file_name("", &r, &Filter::default(), "json"),
            "深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划.json"
        );
        let filter = Filter {
            parts: PartSel::Kind(PartKind::Plan),
            section: Some((2, 1)),
            only_numbers: true,
            q: "a/b: c?".into(),
            ..Filter::default()
        };
        assert_eq!(
            file_name("r", &r, &filter, "csv"),
            "r-工作计划-第2部分第1小节-只看含数据-a_b_ c_.csv"
        );
        assert_eq!(safe_file_part("  ..  "), "");
        assert_eq!(
            file_name("..", &crate::Report::default(), &Filter::default(), "csv"),
            "报告.csv"
        );
    }
}
