//! Charts: which parsed numbers go in which chart, in what order and groups, and what each chart
//! says in words. Pure data; the app draws it (`src/charts/`) and [`layout`] places it.
//!
//! - 增长 ([`ChartKind::Growth`]): growth indicators with a value, signed by direction, sorted
//!   from the largest rise to the largest fall; 同比/环比 kept as the bar's tag.
//! - 比率 ([`ChartKind::Rate`]): rates in `%`, on a 0–100% scale (longer when a share is over
//!   100%: `完成年计划的118.2%`), largest first.
//! - 排名 ([`ChartKind::Rank`]): ranks, by position (第一 first), those without a position
//!   (`前列`, `靠前`) last.
//! - 目标 ([`ChartKind::Target`]): targets with a value, grouped by unit family
//!   ([`unit_family`]) so that the bars of one group share a scale; largest first.
//! - 总览 ([`ChartKind::Overview`]): per section, its indicators counted by kind (stacked).
//!
//! Every chart is built from the cards currently shown (the filter's hits), numbers in text
//! order, and carries a generated Chinese summary for screen readers.
//!
//! ```
//! let text = "关于2024年工作的报告\n一、上半年工作总结\n（一）经济发展\n经济指标持续向好。产值329.73亿元，同比增长4.1%。\n";
//! let report = report::parse(text).unwrap();
//! let cards = report::view::cards(&report);
//! let charts = report::charts::build(&report, &cards, 0..cards.len());
//! let growth = charts.get(report::charts::ChartKind::Growth);
//! assert_eq!(growth.len(), 1);
//! assert_eq!(growth.bars().next().unwrap().value_text, "▲4.1%");
//! ```

mod growth;
pub mod layout;
mod overview;
mod rank;
mod rate;
mod target;

use crate::model::{Direction, NumberKind, NumberMention, Report};
use crate::view::Card;

/// Which chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// 增长: growths around zero.
    Growth,
    /// 比率: rates, 0–100%.
    Rate,
    /// 排名: rankings.
    Rank,
    /// 目标: the plan's targets by unit family.
    Target,
    /// 总览: indicators per section, stacked by kind.
    Overview,
    /// 历年: one indicator's values by period (the tracking page's 历年对比; not in [`ChartKind::ALL`]).
    Series,
}

impl ChartKind {
    /// All charts, in the order the page shows them.
    pub const ALL: [ChartKind; 5] = [
        ChartKind::Growth,
        ChartKind::Rate,
        ChartKind::Rank,
        ChartKind::Target,
        ChartKind::Overview,
    ];

    /// Stable id (`growth`, `rate`, `rank`, `target`, `overview`) for DOM ids and file names.
    pub fn as_str(self) -> &'static str {
        match self {
            ChartKind::Growth => "growth",
            ChartKind::Rate => "rate",
            ChartKind::Rank => "rank",
            ChartKind::Target => "target",
            ChartKind::Overview => "overview",
            ChartKind::Series => "series",
        }
    }

    /// The chart a `chart=` value names (`growth`, `RATE`, ` rank `), if any.
    ///
    /// ```
    /// use report::charts::ChartKind;
    /// assert_eq!(ChartKind::parse(" Rate "), Some(ChartKind::Rate));
    /// assert_eq!(ChartKind::parse("pie"), None);
    /// ```
    pub fn parse(v: &str) -> Option<ChartKind> {
        let v = v.trim().to_ascii_lowercase();
        ChartKind::ALL.into_iter().find(|k| k.as_str() == v)
    }

    /// The tab name: `增长`, `比率`, `排名`, `目标`, `总览`.
    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Growth => "增长",
            ChartKind::Rate => "比率",
            ChartKind::Rank => "排名",
            ChartKind::Target => "目标",
            ChartKind::Overview => "总览",
            ChartKind::Series => "历年",
        }
    }

    /// The figure caption.
    pub fn caption(self) -> &'static str {
        match self {
            ChartKind::Growth => "增长指标：同比、环比变化（▲上升 ▼下降）",
            ChartKind::Rate => "比率指标：完成率、占比等（%，超过100%时刻度随之延长）",
            ChartKind::Rank => "排名：各项指标的名次（“前列”等没有写出名次的排在最后）",
            ChartKind::Target => "计划目标：按单位分组，同组共用刻度",
            ChartKind::Overview => "各小节的数据指标数量（按类别）",
            ChartKind::Series => "历年数值",
        }
    }

    /// What the summary calls one indicator of this chart.
    fn noun(self) -> &'static str {
        match self {
            ChartKind::Growth => "增长指标",
            ChartKind::Rate => "比率指标",
            ChartKind::Rank => "排名指标",
            ChartKind::Target => "目标",
            ChartKind::Overview => "数据指标",
            ChartKind::Series => "期",
        }
    }
}

/// One bar (one row) of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// What is measured, in full (`房地产销面累计销售同比增长`); the drawing may shorten it.
    pub label: String,
    /// The plotted value: a growth signed by direction (`-68.43`), a rate in percent, a rank's
    /// position (`1.0` for 第一; `None` for 前列), a target's base value (`380000` for
    /// `38万人次`), a section's indicator count.
    pub value: Option<f64>,
    /// The value as the chart shows it: `▲153.3%`, `68.2%`, `第二`, `38万人次`, `12项`.
    pub value_text: String,
    /// The number as written in the report (`153.3%`); for 总览 the same as `value_text`.
    pub raw: String,
    /// For growths: `同比` or `环比`.
    pub tag: Option<String>,
    /// For growths: up or down.
    pub direction: Option<Direction>,
    /// Bounding words (`累计+超`).
    pub qualifier: Option<String>,
    /// Where it comes from: `一、上半年工作总结 · （一）上半年,坚持主动服务…`.
    pub place: String,
    /// Index into `Report::numbers` (not for 总览).
    pub number: Option<usize>,
    /// Id of the card the number is in (not for 总览).
    pub card_id: Option<String>,
    /// For 总览: the count of each kind, in [`NumberKind::ALL`] order, kinds with 0 left out.
    pub stack: Vec<(NumberKind, usize)>,
    /// For 总览: the 1-based `(part, section)` the bar stands for, or `None` for paragraphs
    /// outside sections (then filter by [`Bar::part`]).
    pub section: Option<(usize, usize)>,
    /// 1-based part number.
    pub part: usize,
}

/// Bars that share a scale. Every chart has one group, except 目标 (one per unit family).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The units in the group as they appear (`场/场次`); empty for single-group charts.
    pub name: String,
    /// The base unit of the scale's ticks when the group has exactly one (`人次`).
    pub unit: Option<String>,
    /// The bars, in display order.
    pub bars: Vec<Bar>,
}

impl Group {
    /// The largest absolute value of the group (0 when none).
    pub fn max_abs(&self) -> f64 {
        self.bars
            .iter()
            .filter_map(|b| b.value)
            .fold(0.0, |m, v| m.max(v.abs()))
    }
}

/// One chart's data.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Which chart.
    pub kind: ChartKind,
    /// The bars by scale group.
    pub groups: Vec<Group>,
    /// What it shows, in one Chinese paragraph (the canvas's `aria-label`).
    pub summary: String,
    /// The figure caption: [`ChartKind::caption`], for 目标 naming the plan's period
    /// (`2024年目标：…`, from [`crate::parser::plan_period`]).
    pub caption: String,
}

impl Chart {
    /// All bars in display order.
    pub fn bars(&self) -> impl Iterator<Item = &Bar> {
        self.groups.iter().flat_map(|g| g.bars.iter())
    }

    /// The `i`th bar in display order.
    pub fn bar(&self, i: usize) -> Option<&Bar> {
        self.bars().nth(i)
    }

    /// How many bars.
    pub fn len(&self) -> usize {
        self.groups.iter().map(|g| g.bars.len()).sum()
    }

    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The data as a table: header and rows (the same data the canvas shows; also the CSV).
    pub fn table(&self) -> (Vec<String>, Vec<Vec<String>>) {
        match self.kind {
            ChartKind::Growth => growth::table(self),
            ChartKind::Rate => value_table(self, "比率"),
            ChartKind::Rank => value_table(self, "名次"),
            ChartKind::Target => target::table(self),
            ChartKind::Overview => overview::table(self),
            ChartKind::Series => value_table(self, "数值"),
        }
    }

    /// The table as CSV (RFC 4180 quoting, `\r\n` line ends, with a BOM so spreadsheet
    /// programs read the Chinese as UTF-8), written by [`crate::export::csv_text`]: text that
    /// would start a formula is defused, the number columns' numbers stay numbers.
    pub fn csv(&self) -> String {
        let (head, rows) = self.table();
        crate::export::csv_text(
            std::iter::once(&head[..]).chain(rows.iter().map(|r| &r[..])),
            |c| self.is_number_column(c),
        )
    }

    /// Whether column `c` of [`Chart::table`] holds numbers. Only 总览's counts do: the other
    /// charts write each value with its unit or mark (`▲153.3%`, `第二`, `38万人次`), as text.
    fn is_number_column(&self, c: usize) -> bool {
        match self.kind {
            ChartKind::Overview => overview::is_number_column(c),
            ChartKind::Growth
            | ChartKind::Rate
            | ChartKind::Rank
            | ChartKind::Target
            | ChartKind::Series => false,
        }
    }
}

/// Every chart, in [`ChartKind::ALL`] order.
#[derive(Debug, Clone, PartialEq)]
pub struct Charts(pub Vec<Chart>);

impl Charts {
    /// The chart of `kind`.
    pub fn get(&self, kind: ChartKind) -> &Chart {
        self.0
            .iter()
            .find(|c| c.kind == kind)
            .expect("every kind is built")
    }
}

/// The unit family a target's base unit belongs to: units in one family share a scale.
/// `场`/`场次`/`次` (events), `人`/`人次`/`名` (people), `个`/`家`/`所`/`座`/`处` (things and
/// places), `户`/`对` (households), `棵`/`株` (trees); any other unit is its own family, and
/// numbers without a unit form the family `""`.
pub fn unit_family(base_unit: Option<&str>) -> &str {
    match base_unit.unwrap_or("") {
        "场" | "场次" | "次" => "场次",
        "人" | "人次" | "名" => "人次",
        "个" | "家" | "所" | "座" | "处" => "个",
        "户" | "对" => "户",
        "棵" | "株" => "棵",
        other => other,
    }
}

/// A visible indicator: its index in `Report::numbers` and its card.
type Item<'a> = (usize, &'a Card);

/// The label of a number: its own label, else its topic's title, else its text as written.
fn label_of(n: &NumberMention) -> String {
    n.label
        .as_deref()
        .or(n.topic.as_deref())
        .filter(|l| !l.trim().is_empty())
        .unwrap_or(&n.raw)
        .to_string()
}

/// `一、上半年工作总结`, or with the section `一、上半年工作总结 · （一）…`.
pub fn place(report: &Report, part: usize, section: Option<usize>) -> String {
    let Some(p) = report.parts.get(part) else {
        return String::new();
    };
    let head = p.label();
    match section.and_then(|s| p.sections.get(s)) {
        Some(s) => format!("{head} · {}", s.label()),
        None => head,
    }
}

/// `A、B、C等N项` when there are more than `max`.
fn list(items: &[String], max: usize) -> String {
    if items.len() <= max {
        items.join("、")
    } else {
        format!("{}等{}项", items[..max].join("、"), items.len())
    }
}

/// Builds every chart from the cards at `visible` (indices into `cards`, any order, e.g. the
/// filter's hits). `cards` must be [`crate::view::cards`] of `report`.
pub fn build(report: &Report, cards: &[Card], visible: impl IntoIterator<Item = usize>) -> Charts {
    let items = visible_items(report, cards, visible);
    let period = crate::parser::plan_period(report);
    let single = |kind, bars: Vec<Bar>| {
        let groups = if bars.is_empty() {
            Vec::new()
        } else {
            vec![Group {
                name: String::new(),
                unit: None,
                bars,
            }]
        };
        chart(kind, groups, None)
    };
    Charts(
        ChartKind::ALL
            .into_iter()
            .map(|kind| match kind {
                ChartKind::Growth => single(kind, growth::bars(report, &items)),
                ChartKind::Rate => single(kind, rate::bars(report, &items)),
                ChartKind::Rank => single(kind, rank::bars(report, &items)),
                ChartKind::Overview => single(kind, overview::bars(report, &items)),
                ChartKind::Target | ChartKind::Series => {
                    chart(kind, target::groups(report, &items), period.as_deref())
                }
            })
            .collect(),
    )
}

/// The indicators of the cards at `visible`, in text order, with their card.
fn visible_items<'a>(
    report: &Report,
    cards: &'a [Card],
    visible: impl IntoIterator<Item = usize>,
) -> Vec<Item<'a>> {
    let mut shown = vec![false; cards.len()];
    for i in visible {
        if let Some(s) = shown.get_mut(i) {
            *s = true;
        }
    }
    cards
        .iter()
        .zip(&shown)
        .filter(|(_, s)| **s)
        .flat_map(|(c, _)| c.numbers.iter().map(move |&n| (n, c)))
        .filter(|(n, _)| {
            report
                .numbers
                .get(*n)
                .is_some_and(|m| m.is_indicator && m.kind.is_some())
        })
        .collect()
}

/// The items whose number is of `kind`.
fn of_kind<'r, 'a>(
    report: &'r Report,
    items: &'r [Item<'a>],
    kind: NumberKind,
) -> impl Iterator<Item = &'r Item<'a>> {
    items
        .iter()
        .filter(move |(n, _)| report.numbers[*n].kind == Some(kind))
}

/// The bar of number `n` (in `card`) as the number is written; each chart adjusts its value.
fn bar(report: &Report, n: usize, card: &Card) -> Bar {
    let m = &report.numbers[n];
    Bar {
        label: label_of(m),
        value: m.value,
        value_text: m.raw.clone(),
        raw: m.raw.clone(),
        tag: None,
        direction: None,
        qualifier: m.qualifier.clone(),
        place: place(report, card.part, card.section),
        number: Some(n),
        card_id: Some(card.id.clone()),
        stack: Vec::new(),
        section: card.section_key(),
        part: card.part + 1,
    }
}

fn chart(kind: ChartKind, groups: Vec<Group>, period: Option<&str>) -> Chart {
    let caption = match (kind, period) {
        (ChartKind::Target, Some(p)) => format!("{p}目标：按单位分组，同组共用刻度"),
        _ => kind.caption().to_string(),
    };
    let mut c = Chart {
        kind,
        groups,
        summary: String::new(),
        caption,
    };
    c.summary = summary(&c);
    c
}

/// The generated Chinese summary of a chart (its `aria-label`).
pub fn summary(chart: &Chart) -> String {
    let n = chart.len();
    if n == 0 {
        return format!("当前筛选条件下没有{}可显示。", chart.kind.noun());
    }
    let bars: Vec<&Bar> = chart.bars().collect();
    let opening = format!("共{n}项{}", chart.kind.noun());
    let mut s = match chart.kind {
        ChartKind::Growth => growth::summary(opening, &bars),
        ChartKind::Rate => rate::summary(opening, &bars),
        ChartKind::Rank => rank::summary(opening, &bars),
        ChartKind::Target | ChartKind::Series => target::summary(opening, chart),
        ChartKind::Overview => overview::summary(&bars),
    };
    s.push('。');
    s
}

/// The table of a chart whose bars are each a label and a number as written (比率, 排名):
/// `word` heads the number's column.
fn value_table(chart: &Chart, word: &str) -> (Vec<String>, Vec<Vec<String>>) {
    // A series' bars are its periods.
    let first = if chart.kind == ChartKind::Series {
        "期间"
    } else {
        "指标"
    };
    bar_table(chart, &[first, word], |_, b| {
        vec![b.label.clone(), b.raw.clone()]
    })
}

/// A table of one row per bar: the chart's own columns (`head`, `cells`), then the two every
/// bar table ends with, 限定 (the bar's qualifier) and 出处 (where it is in the report).
fn bar_table(
    chart: &Chart,
    head: &[&str],
    cells: impl Fn(&Group, &Bar) -> Vec<String>,
) -> (Vec<String>, Vec<Vec<String>>) {
    let mut head: Vec<String> = head.iter().map(|w| w.to_string()).collect();
    head.extend(["限定", "出处"].map(String::from));
    let rows = chart
        .groups
        .iter()
        .flat_map(|g| g.bars.iter().map(move |b| (g, b)))
        .map(|(g, b)| {
            let mut row = cells(g, b);
            row.push(b.qualifier.clone().unwrap_or_default());
            row.push(b.place.clone());
            row
        })
        .collect();
    (head, rows)
}

/// Sorts bars by value, largest first (no value counts as 0); ties keep their order.
fn sort_by_value_desc(bars: &mut [Bar]) {
    crate::sort::sort_by_key(bars, |b| !crate::sort::f64_key(b.value.unwrap_or(0.0)));
}
