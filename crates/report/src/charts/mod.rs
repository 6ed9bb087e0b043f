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

pub mod layout;

use crate::model::{Direction, NumberKind, NumberMention, PartKind, Report};
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
        }
    }

    /// The tab name: `增长`, `比率`, `排名`, `目标`, `总览`.
    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Growth => "增长",
            ChartKind::Rate => "比率",
            ChartKind::Rank => "排名",
            ChartKind::Target => "目标",
            ChartKind::Overview => "总览",
        }
    }

    /// The figure caption.
    pub fn caption(self) -> &'static str {
        match self {
            ChartKind::Growth => "增长指标：同比、环比变化（▲上升 ▼下降）",
            ChartKind::Rate => "比率指标：完成率、占比等（%，超过100%时刻度随之延长）",
            ChartKind::Rank => "排名：在全区、全市的名次",
            ChartKind::Target => "计划目标：按单位分组，同组共用刻度",
            ChartKind::Overview => "各小节的数据指标数量（按类别）",
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
        let s = |x: &str| x.to_string();
        let opt = |x: &Option<String>| x.clone().unwrap_or_default();
        match self.kind {
            ChartKind::Overview => {
                let mut head = vec![s("小节")];
                head.extend(NumberKind::ALL.iter().map(|k| s(k.name())));
                head.push(s("合计"));
                let rows = self
                    .bars()
                    .map(|b| {
                        let mut row = vec![b.place.clone()];
                        for k in NumberKind::ALL {
                            let n = b.stack.iter().find(|(kk, _)| *kk == k).map_or(0, |x| x.1);
                            row.push(n.to_string());
                        }
                        row.push(crate::numbers::units::format_plain(b.value.unwrap_or(0.0)));
                        row
                    })
                    .collect();
                (head, rows)
            }
            ChartKind::Growth => (
                vec![s("指标"), s("变化"), s("比较"), s("限定"), s("出处")],
                self.bars()
                    .map(|b| {
                        vec![
                            b.label.clone(),
                            b.value_text.clone(),
                            opt(&b.tag),
                            opt(&b.qualifier),
                            b.place.clone(),
                        ]
                    })
                    .collect(),
            ),
            ChartKind::Target => (
                vec![s("单位组"), s("目标"), s("数值"), s("限定"), s("出处")],
                self.groups
                    .iter()
                    .flat_map(|g| {
                        g.bars.iter().map(move |b| {
                            vec![
                                g.name.clone(),
                                b.label.clone(),
                                b.raw.clone(),
                                opt(&b.qualifier),
                                b.place.clone(),
                            ]
                        })
                    })
                    .collect(),
            ),
            ChartKind::Rate | ChartKind::Rank => (
                vec![
                    s("指标"),
                    s(if self.kind == ChartKind::Rate {
                        "比率"
                    } else {
                        "名次"
                    }),
                    s("限定"),
                    s("出处"),
                ],
                self.bars()
                    .map(|b| {
                        vec![
                            b.label.clone(),
                            b.raw.clone(),
                            opt(&b.qualifier),
                            b.place.clone(),
                        ]
                    })
                    .collect(),
            ),
        }
    }

    /// The table as CSV (RFC 4180 quoting, `\r\n` line ends, with a BOM so spreadsheet
    /// programs read the Chinese as UTF-8).
    pub fn csv(&self) -> String {
        let (head, rows) = self.table();
        crate::export::csv_text(std::iter::once(&head[..]).chain(rows.iter().map(|r| &r[..])))
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

/// A short name of a section for the 总览 bars: `总结（一）经济发展…` (part kind, then the
/// section's numeral and title); `一、概述` for paragraphs outside sections.
fn short_place(report: &Report, part: usize, section: Option<usize>) -> String {
    let Some(p) = report.parts.get(part) else {
        return String::new();
    };
    let head = match p.kind {
        PartKind::Summary => "总结".to_string(),
        PartKind::Plan => "计划".to_string(),
        // `四、` before its sections; a part without a numeral by its title (`开篇`).
        PartKind::Other if p.number.is_empty() => p.title.clone(),
        PartKind::Other => format!("{}、", p.number),
    };
    match section.and_then(|s| p.sections.get(s)) {
        Some(s) => format!("{head}{}", s.label()),
        None => format!("{head}·其他段落"),
    }
}

fn arrow(d: Option<Direction>) -> &'static str {
    match d {
        Some(Direction::Down) => "▼",
        _ => "▲",
    }
}

/// A growth as a phrase: the label and, unless the label already says so, the basis and the
/// direction word, then the number: `房地产销面累计销售同比增长153.3%`.
fn growth_phrase(b: &Bar) -> String {
    if crate::numbers::lexicon::growth_verbs()
        .iter()
        .any(|(w, _)| b.label.ends_with(w))
    {
        format!("{}{}", b.label, b.raw)
    } else {
        let word = if b.direction == Some(Direction::Down) {
            "下降"
        } else {
            "增长"
        };
        let tag = b
            .tag
            .as_deref()
            .filter(|t| !b.label.contains(t))
            .unwrap_or("");
        format!("{}{tag}{word}{}", b.label, b.raw)
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
    let mut shown = vec![false; cards.len()];
    for i in visible {
        if let Some(s) = shown.get_mut(i) {
            *s = true;
        }
    }
    // Visible indicators in text order, with their card.
    let items: Vec<(usize, &Card)> = cards
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
        .collect();
    let bar = |n: usize, card: &Card| {
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
    };
    let of_kind = |k: NumberKind| {
        items
            .iter()
            .filter(move |(n, _)| report.numbers[*n].kind == Some(k))
    };

    // 增长
    let mut growth: Vec<Bar> = of_kind(NumberKind::Growth)
        .filter(|(n, _)| report.numbers[*n].value.is_some())
        .map(|&(n, c)| {
            let m = &report.numbers[n];
            let sign = if m.direction == Some(Direction::Down) {
                -1.0
            } else {
                1.0
            };
            let mut b = bar(n, c);
            b.value = m.value.map(|v| v * sign);
            b.value_text = format!("{}{}", arrow(m.direction), m.raw);
            b.tag = m.basis.clone();
            b.direction = Some(m.direction.unwrap_or(Direction::Up));
            b
        })
        .collect();
    sort_by_value_desc(&mut growth);

    // 比率
    let mut rate: Vec<Bar> = of_kind(NumberKind::Rate)
        .filter(|(n, _)| {
            let m = &report.numbers[*n];
            m.value.is_some() && m.base_unit.as_deref() == Some("%")
        })
        .map(|&(n, c)| bar(n, c))
        .collect();
    sort_by_value_desc(&mut rate);

    // 排名
    let mut rank: Vec<Bar> = of_kind(NumberKind::Rank).map(|&(n, c)| bar(n, c)).collect();
    // Best rank first; bars without a value last.
    crate::sort::sort_by_key(&mut rank, |b| {
        b.value
            .map_or(u64::MAX, |v| crate::sort::f64_key(v).min(u64::MAX - 1))
    });

    // 目标
    let mut target_groups: Vec<(String, Vec<String>, Vec<Bar>)> = Vec::new();
    for &(n, c) in of_kind(NumberKind::Target) {
        let m = &report.numbers[n];
        if m.base_value.is_none() {
            continue;
        }
        let unit = m.base_unit.clone().unwrap_or_default();
        let family = unit_family(m.base_unit.as_deref()).to_string();
        let mut b = bar(n, c);
        b.value = m.base_value;
        let i = match target_groups.iter().position(|g| g.0 == family) {
            Some(i) => i,
            None => {
                target_groups.push((family, Vec::new(), Vec::new()));
                target_groups.len() - 1
            }
        };
        let g = &mut target_groups[i];
        if !g.1.contains(&unit) {
            g.1.push(unit);
        }
        g.2.push(b);
    }
    let target: Vec<Group> = target_groups
        .into_iter()
        .map(|(_, units, mut bars)| {
            sort_by_value_desc(&mut bars);
            let name = if units.iter().all(|u| u.is_empty()) {
                "无单位".to_string()
            } else {
                units
                    .iter()
                    .filter(|u| !u.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("/")
            };
            Group {
                unit: (units.len() == 1 && !units[0].is_empty()).then(|| units[0].clone()),
                name,
                bars,
            }
        })
        .collect();

    // 总览
    let mut overview: Vec<Bar> = Vec::new();
    let mut keys: Vec<(usize, Option<usize>)> = Vec::new();
    for &(n, c) in &items {
        let key = (c.part, c.section);
        let i = match keys.iter().position(|k| *k == key) {
            Some(i) => i,
            None => {
                keys.push(key);
                overview.push(Bar {
                    label: short_place(report, c.part, c.section),
                    value: Some(0.0),
                    value_text: String::new(),
                    raw: String::new(),
                    tag: None,
                    direction: None,
                    qualifier: None,
                    place: place(report, c.part, c.section),
                    number: None,
                    card_id: None,
                    stack: Vec::new(),
                    section: c.section_key(),
                    part: c.part + 1,
                });
                keys.len() - 1
            }
        };
        let kind = report.numbers[n].kind.expect("filtered to kinds");
        let b = &mut overview[i];
        match b.stack.iter_mut().find(|(k, _)| *k == kind) {
            Some(e) => e.1 += 1,
            None => b.stack.push((kind, 1)),
        }
    }
    for b in &mut overview {
        crate::sort::sort_by_key(&mut b.stack, |(k, _)| {
            NumberKind::ALL
                .iter()
                .position(|x| x == k)
                .unwrap_or(usize::MAX) as u64
        });
        let total: usize = b.stack.iter().map(|x| x.1).sum();
        b.value = Some(total as f64);
        b.value_text = format!("{total}项");
        b.raw = b.value_text.clone();
    }

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
    let period = crate::parser::plan_period(report);
    let mut out = Vec::new();
    for kind in ChartKind::ALL {
        out.push(match kind {
            ChartKind::Growth => single(kind, std::mem::take(&mut growth)),
            ChartKind::Rate => single(kind, std::mem::take(&mut rate)),
            ChartKind::Rank => single(kind, std::mem::take(&mut rank)),
            ChartKind::Overview => single(kind, std::mem::take(&mut overview)),
            ChartKind::Target => chart(kind, target.clone(), period.as_deref()),
        });
    }
    Charts(out)
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
    let mut s = format!("共{n}项{}", chart.kind.noun());
    match chart.kind {
        ChartKind::Growth => {
            let ups: Vec<&&Bar> = bars
                .iter()
                .filter(|b| b.direction != Some(Direction::Down))
                .collect();
            let downs: Vec<String> = bars
                .iter()
                .filter(|b| b.direction == Some(Direction::Down))
                .map(|b| growth_phrase(b))
                .collect();
            if let Some(top) = ups.first() {
                s += &format!("，最高为{}", growth_phrase(top));
            }
            if !downs.is_empty() {
                s += &format!("，{}项下降：{}", downs.len(), list(&downs, 3));
            }
        }
        ChartKind::Rate => {
            let phrase = |b: &Bar| format!("{}{}", b.label, b.raw);
            if n == 1 {
                s += &format!("：{}", phrase(bars[0]));
            } else {
                s += &format!("，最高为{}，最低为{}", phrase(bars[0]), phrase(bars[n - 1]));
            }
        }
        ChartKind::Rank => {
            let mut counts: Vec<(String, usize)> = Vec::new();
            for b in &bars {
                match counts.iter_mut().find(|(r, _)| *r == b.raw) {
                    Some(e) => e.1 += 1,
                    None => counts.push((b.raw.clone(), 1)),
                }
            }
            let counts: Vec<String> = counts.iter().map(|(r, k)| format!("{r}{k}项")).collect();
            s += &format!("：{}", counts.join("、"));
            let firsts: Vec<String> = bars
                .iter()
                .filter(|b| b.value == Some(1.0))
                .map(|b| b.label.clone())
                .collect();
            if !firsts.is_empty() {
                s += &format!("；排名第一：{}", list(&firsts, 3));
            }
        }
        ChartKind::Target => {
            let groups: Vec<String> = chart
                .groups
                .iter()
                .filter_map(|g| {
                    let top = g.bars.first()?;
                    Some(format!(
                        "{}{}项，最大为{}{}",
                        g.name,
                        g.bars.len(),
                        top.label,
                        top.raw
                    ))
                })
                .collect();
            s += &format!(
                "，按单位分为{}组：{}",
                chart.groups.len(),
                groups.join("；")
            );
        }
        ChartKind::Overview => {
            let mut by_kind = Vec::new();
            for k in NumberKind::ALL {
                let total: usize = bars
                    .iter()
                    .flat_map(|b| b.stack.iter())
                    .filter(|(kk, _)| *kk == k)
                    .map(|x| x.1)
                    .sum();
                if total > 0 {
                    by_kind.push(format!("{}{total}项", k.name()));
                }
            }
            let top = bars
                .iter()
                .copied()
                .reduce(|a, b| {
                    if b.value.unwrap_or(0.0) > a.value.unwrap_or(0.0) {
                        b
                    } else {
                        a
                    }
                })
                .expect("not empty");
            let total: f64 = bars.iter().filter_map(|b| b.value).sum();
            s = format!(
                "共{total}项数据指标，分布在{}个小节：{}；最多的是{}（{}）",
                bars.len(),
                by_kind.join("、"),
                top.place,
                top.value_text
            );
        }
    }
    s.push('。');
    s
}

/// Sorts bars by value, largest first (no value counts as 0); ties keep their order.
fn sort_by_value_desc(bars: &mut [Bar]) {
    crate::sort::sort_by_key(bars, |b| !crate::sort::f64_key(b.value.unwrap_or(0.0)));
}
