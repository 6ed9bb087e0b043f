//! The data-to-chart mapping on the seed report: which numbers go in which chart, in what order
//! and groups, the generated summaries, the filter, and the layout.

use report::charts::layout::{layout, rank_name, shorten};
use report::charts::{build, unit_family, ChartKind, Charts};
use report::view::{self, Filter};
use report::{Direction, NumberKind, Report};

const SEED: &str = include_str!("../../../public/reports/xinqiao-2024h1.txt");

fn seed() -> (Report, Vec<view::Card>) {
    let r = report::parse(SEED).unwrap();
    let cards = view::cards(&r);
    (r, cards)
}

fn all(r: &Report, cards: &[view::Card]) -> Charts {
    build(r, cards, 0..cards.len())
}

fn filtered(r: &Report, cards: &[view::Card], f: &Filter) -> Charts {
    let hits = view::apply(r, cards, f);
    build(r, cards, hits.iter().map(|h| h.card))
}

fn values(charts: &Charts, kind: ChartKind) -> Vec<String> {
    charts
        .get(kind)
        .bars()
        .map(|b| b.value_text.clone())
        .collect()
}

/// A measurer for tests: CJK chars 14px, others 7px.
fn measure(s: &str) -> f64 {
    s.chars()
        .map(|c| if c.is_ascii() { 7.0 } else { 14.0 })
        .sum()
}

#[test]
fn growth_bars_signed_sorted_with_basis() {
    let (r, cards) = seed();
    let c = all(&r, &cards);
    let g = c.get(ChartKind::Growth);
    assert_eq!(
        values(&c, ChartKind::Growth),
        ["▲153.3%", "▲4.1%", "▼68.43%"]
    );
    let bars: Vec<_> = g.bars().collect();
    assert_eq!(bars[0].label, "房地产销面累计销售同比增长");
    assert_eq!(bars[0].value, Some(153.3));
    assert_eq!(bars[2].value, Some(-68.43));
    assert_eq!(bars[2].direction, Some(Direction::Down));
    assert_eq!(bars[0].tag.as_deref(), Some("同比"));
    assert_eq!(bars[2].tag.as_deref(), Some("环比"));
    // Every bar points at its number and at the card it is in.
    for b in &bars {
        let n = &r.numbers[b.number.unwrap()];
        assert_eq!(n.kind, Some(NumberKind::Growth));
        assert_eq!(n.raw, b.raw);
        let card = cards
            .iter()
            .find(|c| Some(&c.id) == b.card_id.as_ref())
            .unwrap();
        assert!(card.numbers.contains(&b.number.unwrap()));
    }
    assert_eq!(bars[0].card_id.as_deref(), Some("1-1-1"));
    assert_eq!(
        g.summary,
        "共3项增长指标，最高为房地产销面累计销售同比增长153.3%，1项下降：二季度群众投诉环比下降68.43%。"
    );
}

#[test]
fn rates_are_percent_largest_first() {
    let (r, cards) = seed();
    let c = all(&r, &cards);
    assert_eq!(
        values(&c, ChartKind::Rate),
        ["100%", "96.68%", "94.9%", "91.51%", "68.2%"]
    );
    let g = c.get(ChartKind::Rate);
    assert!(g.bars().all(|b| (0.0..=100.0).contains(&b.value.unwrap())));
    assert_eq!(
        g.summary,
        "共5项比率指标，最高为申诉求决类初件一次性化解率100%，最低为三期拆除建筑物完成率68.2%。"
    );
}

#[test]
fn ranks_by_position_unranked_last() {
    let (r, cards) = seed();
    let c = all(&r, &cards);
    assert_eq!(
        values(&c, ChartKind::Rank),
        ["第一", "第一", "第一", "第一", "第二", "第二", "第二", "前列", "靠前"]
    );
    let g = c.get(ChartKind::Rank);
    assert_eq!(g.bar(0).unwrap().label, "新桥社区评选分数全市排名");
    assert_eq!(g.bar(7).unwrap().value, None);
    assert!(g
        .summary
        .starts_with("共9项排名指标：第一4项、第二3项、前列1项、靠前1项；排名第一："));
    assert!(g.summary.contains("等4项"));
}

#[test]
fn targets_grouped_by_unit_family() {
    let (r, cards) = seed();
    let c = all(&r, &cards);
    let t = c.get(ChartKind::Target);
    // Only the plan part has targets; every target with a value is charted once.
    let expected = r
        .numbers
        .iter()
        .filter(|n| n.is_indicator && n.kind == Some(NumberKind::Target) && n.base_value.is_some())
        .count();
    assert_eq!(t.len(), expected);
    assert_eq!(t.len(), 26);
    let names: Vec<&str> = t.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "个/家",
            "场/场次",
            "公顷",
            "项",
            "户/对",
            "人次",
            "条",
            "%",
            "棵",
            "无单位",
            "宗"
        ]
    );
    let people = t.groups.iter().find(|g| g.name == "人次").unwrap();
    let v: Vec<_> = people.bars.iter().map(|b| b.value.unwrap()).collect();
    assert_eq!(v, [380000.0, 300000.0]);
    assert_eq!(people.unit.as_deref(), Some("人次"));
    let things = &t.groups[0];
    assert_eq!(things.bars[0].raw, "340个");
    assert_eq!(things.bars[0].label, "新增托位");
    assert!(things.bars.windows(2).all(|w| w[0].value >= w[1].value));
    assert_eq!(things.max_abs(), 340.0);
    assert!(t
        .bars()
        .all(|b| b.card_id.as_deref().unwrap().starts_with("2-")));
    assert!(t
        .summary
        .starts_with("共26项目标，按单位分为11组：个/家9项，最大为新增托位340个；"));
    assert!(t.summary.contains("人次2项，最大为受惠群众38万人次"));
    assert_eq!(unit_family(Some("对")), "户");
    assert_eq!(unit_family(Some("场次")), unit_family(Some("场")));
    assert_eq!(unit_family(None), "");
}

#[test]
fn overview_counts_by_section_and_kind() {
    let (r, cards) = seed();
    let c = all(&r, &cards);
    let o = c.get(ChartKind::Overview);
    assert_eq!(o.len(), 10);
    let total: f64 = o.bars().map(|b| b.value.unwrap()).sum();
    let indicators = r
        .numbers
        .iter()
        .filter(|n| n.is_indicator && n.kind.is_some())
        .count();
    assert_eq!(total as usize, indicators);
    let first = o.bar(0).unwrap();
    assert_eq!(first.section, Some((1, 1)));
    assert!(first.label.starts_with("总结（一）"));
    assert_eq!(
        first.stack,
        [(NumberKind::Growth, 2), (NumberKind::Amount, 28)]
    );
    assert_eq!(o.bar(6).unwrap().section, Some((2, 1)));
    assert!(o.bar(6).unwrap().label.starts_with("计划（一）"));
    assert!(o.summary.starts_with(&format!(
        "共{indicators}项数据指标，分布在10个小节：增长3项、比率5项、排名9项、目标26项、"
    )));
}

#[test]
fn charts_follow_the_filter() {
    let (r, cards) = seed();
    let f = Filter {
        section: Some((1, 5)),
        ..Filter::default()
    };
    let c = filtered(&r, &cards, &f);
    assert_eq!(values(&c, ChartKind::Growth), ["▼68.43%"]);
    assert_eq!(
        c.get(ChartKind::Growth).summary,
        "共1项增长指标，1项下降：二季度群众投诉环比下降68.43%。"
    );
    assert_eq!(c.get(ChartKind::Overview).len(), 1);
    assert!(c.get(ChartKind::Target).is_empty());
    assert_eq!(
        c.get(ChartKind::Target).summary,
        "当前筛选条件下没有目标可显示。"
    );
    let q = Filter {
        q: "托位".into(),
        ..Filter::default()
    };
    let c = filtered(&r, &cards, &q);
    assert!(values(&c, ChartKind::Target).contains(&"340个".to_string()));
    assert!(c.get(ChartKind::Growth).is_empty());
    let none = Filter {
        q: "不存在的词语".into(),
        ..Filter::default()
    };
    let c = filtered(&r, &cards, &none);
    for k in ChartKind::ALL {
        assert!(c.get(k).is_empty());
        assert!(c.get(k).summary.starts_with("当前筛选条件下没有"), "{k:?}");
    }
}

#[test]
fn table_and_csv_match_the_bars() {
    let (r, cards) = seed();
    let c = all(&r, &cards);
    let g = c.get(ChartKind::Growth);
    let (head, rows) = g.table();
    assert_eq!(head, ["指标", "变化", "比较", "限定", "出处"]);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0][1], "▲153.3%");
    assert_eq!(rows[2][2], "环比");
    let csv = g.csv();
    assert!(csv.starts_with(
        "\u{feff}指标,变化,比较,限定,出处\r\n房地产销面累计销售同比增长,▲153.3%,同比,"
    ));
    assert_eq!(csv.lines().count(), 4);
    // Fields with commas are quoted.
    let o = c.get(ChartKind::Overview).csv();
    assert!(o.contains("\"一、上半年工作总结 · （一）上半年,坚持主动服务"));
    let (_, rows) = c.get(ChartKind::Target).table();
    assert_eq!(rows.len(), 26);
}

#[test]
fn layout_sizes_from_measured_text() {
    let (r, cards) = seed();
    let c = all(&r, &cards);
    for k in ChartKind::ALL {
        for width in [320.0, 390.0, 800.0, 1200.0] {
            let chart = c.get(k);
            let l = layout(chart, width, 14.0, &measure);
            assert_eq!(l.rows.len(), chart.len());
            assert!(l.height > 0.0);
            for row in &l.rows {
                assert!(row.x0 <= row.x1, "{k:?} {width}");
                assert!(row.x1 <= width && row.x0 >= 0.0, "{k:?} {width}: {row:?}");
                let w = measure(&row.label);
                if row.label_end {
                    assert!(row.label_x - w >= -0.5, "{k:?} {width}: {row:?}");
                } else {
                    assert!(row.label_x + w <= width + 0.5);
                }
                // Hit-testing finds the row at its bar.
                assert_eq!(l.hit((row.x0 + row.x1) / 2.0, row.bar_mid), Some(row.index));
            }
        }
    }
    // Wide: labels left of bars, right-aligned; narrow: above them.
    let wide = layout(c.get(ChartKind::Growth), 1000.0, 14.0, &measure);
    assert!(!wide.stacked && wide.rows[0].label_end);
    assert_eq!(
        wide.rows[0].label_x,
        7.0 + measure("房地产销面累计销售同比增长")
    );
    let narrow = layout(c.get(ChartKind::Growth), 390.0, 14.0, &measure);
    assert!(narrow.stacked);
    // The falling bar goes left of zero, its value text ends left of it.
    let down = &narrow.rows[2];
    assert!(down.x1 > down.x0 && down.value_end && down.value_x < down.x0);
    // A bigger font measures wider labels and taller rows.
    let big = layout(c.get(ChartKind::Growth), 1000.0, 20.0, &|s| {
        measure(s) * 20.0 / 14.0
    });
    assert!(big.height > wide.height);
}

#[test]
fn shortening() {
    let (s, cut) = shorten("二季度市容环境综合指数测评", 70.0, &measure);
    assert!(cut);
    assert_eq!(s, "二季度市…");
    assert!(measure(&s) <= 70.0);
    assert_eq!(shorten("排名", 70.0, &measure), ("排名".to_string(), false));
    assert_eq!(rank_name(1), "第一");
    assert_eq!(rank_name(12), "第十二");
}

#[test]
fn corpus_reports_chart_without_panics() {
    for text in [
        include_str!("data/corpus/gaoyang_county_2017.txt"),
        include_str!("data/corpus/hebei_province_2022.txt"),
        include_str!("data/corpus/baoding_city_2022.txt"),
        include_str!("data/corpus/hailar_district_2016.txt"),
    ] {
        let r = report::parse(text).unwrap();
        let cards = view::cards(&r);
        let c = all(&r, &cards);
        let growth = c.get(ChartKind::Growth);
        assert!(growth.bars().all(|b| b.value.is_some()));
        assert!(growth
            .bars()
            .collect::<Vec<_>>()
            .windows(2)
            .all(|w| w[0].value >= w[1].value));
        for k in ChartKind::ALL {
            let chart = c.get(k);
            assert!(chart.summary.ends_with('。'));
            let l = layout(chart, 390.0, 14.0, &measure);
            assert_eq!(l.rows.len(), chart.len());
        }
    }
}

#[test]
fn chart_csv_defuses_formulas_and_keeps_counts_numeric() {
    let (r, cards) = seed();
    let c = all(&r, &cards);
    let mut rate = c.get(ChartKind::Rate).clone();
    rate.groups[0].bars[0].label = "=HYPERLINK(\"http://x\")".into();
    rate.groups[0].bars[0].qualifier = Some("@SUM(A1)".into());
    let csv = rate.csv();
    let row = csv.lines().nth(1).unwrap();
    assert!(
        row.starts_with("\"'=HYPERLINK(\"\"http://x\"\")\","),
        "{row}"
    );
    assert!(row.contains(",'@SUM(A1),"), "{row}");

    // 总览's counts are numbers, a negative total included; its 小节 column is text.
    let mut o = c.get(ChartKind::Overview).clone();
    o.groups[0].bars[0].place = "-1+2".into();
    o.groups[0].bars[0].value = Some(-3.0);
    let csv = o.csv();
    let row = csv.lines().nth(1).unwrap();
    assert!(row.starts_with("'-1+2,"), "{row}");
    assert!(row.ends_with(",-3"), "{row}");
}

#[test]
fn a_text_dense_with_figures_draws_the_first_hundred_bars_and_tables_them_all() {
    let text = format!(
        "某区报告\n一、工作回顾\n{}。\n",
        (1..=2000)
            .map(|i| format!("指标{i}增长{}%", i % 97))
            .collect::<Vec<_>>()
            .join("，")
    );
    let r = report::parse(&text).unwrap();
    let cards = view::cards(&r);
    let c = all(&r, &cards);
    let growth = c.get(ChartKind::Growth);
    assert_eq!(growth.len(), 2000);
    let l = layout(growth, 1000.0, 14.0, &measure);
    assert_eq!(l.rows.len(), report::charts::layout::MAX_ROWS);
    assert_eq!(report::charts::layout::omitted(growth), 1900);
    assert_eq!(growth.table().1.len(), 2000, "the data table has every bar");
}
