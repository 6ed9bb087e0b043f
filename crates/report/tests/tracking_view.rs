//! The tracking page's view state on the corpus series: pairs, rows, summary, table, series.

use report::track::Status;
use report::view::tracking::{csv, pairs, rows, series_order, series_table, summary};

fn corpus(name: &str) -> report::Report {
    let text = std::fs::read_to_string(format!(
        "{}/tests/data/corpus/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    report::parse(&text).unwrap()
}

#[test]
fn a_series_in_any_order_pairs_each_plan_with_the_review_of_its_period() {
    let years = [2015, 2013, 2016, 2014];
    let reports: Vec<_> = years
        .iter()
        .map(|y| corpus(&format!("hailar_district_{y}")))
        .collect();
    let refs: Vec<_> = reports.iter().collect();
    let got: Vec<(u32, u32, String)> = pairs(&refs)
        .into_iter()
        .map(|p| (years[p.earlier], years[p.later], p.period))
        .collect();
    assert_eq!(
        got,
        [
            (2013, 2014, "2013年".to_string()),
            (2014, 2015, "2014年".to_string()),
            (2015, 2016, "2015年".to_string()),
        ]
    );
}

/// The class: reports whose text tells no year (no date line, no year in the title or the
/// parts' titles, as a portal's pasted excerpt often is) pair by the periods the manifest gives.
#[test]
fn reports_that_tell_no_year_pair_by_the_manifests_period() {
    let text = |gdp: &str| {
        format!("政府工作报告\n一、过去一年工作回顾\n地区生产总值增长{gdp}。\n二、今年工作安排\n地区生产总值增长8%。\n")
    };
    let mut a = report::parse(&text("7%")).unwrap();
    let mut b = report::parse(&text("8.5%")).unwrap();
    assert!(
        pairs(&[&a, &b]).is_empty(),
        "nothing tells which comes first"
    );
    assert!(report::track::period::assume_year(&mut a, "2015年"));
    assert!(report::track::period::assume_year(&mut b, "2016年"));
    let p = pairs(&[&b, &a]);
    assert_eq!(p.len(), 1);
    assert_eq!(
        (p[0].earlier, p[0].later, p[0].period.as_str()),
        (1, 0, "2015年")
    );
    // A report that tells its own year keeps it, whatever the manifest says.
    let mut dated = corpus("hailar_district_2014");
    assert!(!report::track::period::assume_year(&mut dated, "2020年"));
    assert_eq!(report::track::period::plan_period(&dated).name, "2014年");
}

#[test]
fn rows_say_target_outcome_and_status_with_both_sentences_and_cards() {
    let (a, b) = (
        corpus("hailar_district_2013"),
        corpus("hailar_district_2014"),
    );
    let t = report::track::track(&a, &b);
    assert_eq!(
        summary(&t),
        "2013年10项主要预期目标：3项达成，6项未达成，1项口径不同"
    );
    let r = rows(&t, &a, &b);
    let gdp = &r[0];
    assert_eq!(gdp.target, "地区生产总值增长20%");
    assert_eq!(gdp.outcome, "同比增长10.1%");
    assert_eq!(
        (gdp.status, gdp.mark, gdp.status_word),
        (Status::Missed, "✘", "未达成")
    );
    assert_eq!(gdp.part, "二、2013年工作安排");
    let s = &gdp.target_sentence;
    let marked: String = s
        .text
        .chars()
        .skip(s.mark.0)
        .take(s.mark.1 - s.mark.0)
        .collect();
    assert_eq!(marked, "20%");
    assert!(s.card.is_some() && gdp.outcome_sentence.as_ref().unwrap().card.is_some());
    // The level target of the same clause names its indicator.
    assert_eq!(r[1].target, "地区生产总值：达到282亿元");
    let ids: std::collections::HashSet<_> = r.iter().map(|r| &r.id).collect();
    assert_eq!(ids.len(), r.len(), "every row has an anchor of its own");
    let not_comparable = r
        .iter()
        .find(|r| r.status == Status::NotComparable)
        .unwrap();
    assert_eq!(not_comparable.note, "指标口径不同");
}

#[test]
fn the_table_download_is_formula_safe() {
    let (a, b) = (
        corpus("hailar_district_2013"),
        corpus("hailar_district_2014"),
    );
    let t = report::track::track(&a, &b);
    let mut r = rows(&t, &a, &b);
    r[0].indicator = "=HYPERLINK(\"x\")".into();
    let text = csv(&t.period, &r);
    assert!(text.starts_with("\u{feff}期间,指标,类别"));
    assert!(
        text.contains("\"'=HYPERLINK(\"\"x\"\")\""),
        "{}",
        &text[..300]
    );
    assert_eq!(text.lines().count(), r.len() + 1);
}

#[test]
fn the_series_offers_the_known_indicators_first() {
    let reports: Vec<_> = (2013..=2016)
        .map(|y| corpus(&format!("hailar_district_{y}")))
        .collect();
    let named: Vec<(&str, &report::Report)> = reports
        .iter()
        .zip(["h2013", "h2014", "h2015", "h2016"])
        .map(|(r, n)| (n, r))
        .collect();
    let s = report::track::series(&named);
    let order = series_order(&s);
    assert_eq!(s.indicators[order[0]].indicator, "地区生产总值");
    let table = series_table(&s.indicators[order[0]]);
    assert_eq!(
        table[0],
        ["2012年", "235.2亿元", "18.5%", "h2013"].map(String::from)
    );
}

#[test]
fn the_goals_chart_sets_each_main_target_in_percent_beside_its_outcome() {
    let (a, b) = (corpus("baoding_city_2021"), corpus("baoding_city_2022"));
    let t = report::track::track(&a, &b);
    let r = rows(&t, &a, &b);
    let (chart, ids) =
        report::view::tracking::goals_chart(&t, &r, "2021年保定市政府工作报告", |_| true);
    let labels: Vec<_> = chart
        .bars()
        .take(2)
        .map(|b| (b.label.clone(), b.value_text.clone()))
        .collect();
    assert_eq!(
        labels,
        [
            ("目标·生产总值".to_string(), "▲8%".to_string()),
            ("实际·生产总值".to_string(), "▲7.2%".to_string())
        ]
    );
    assert_eq!(ids.len(), chart.len());
    assert_eq!(ids[0], r[0].id);
    assert!(
        chart
            .summary
            .starts_with("2021年主要预期目标与实际：生产总值目标8%，实际7.2%，未达成"),
        "{}",
        chart.summary
    );
    let (_, table) = chart.table();
    assert_eq!(table[1][3], "✘ 未达成");
    // The page's filters apply: only the missed targets.
    let (missed, _) =
        report::view::tracking::goals_chart(&t, &r, "", |row| row.status == Status::Missed);
    assert_eq!(
        missed.len(),
        4,
        "生产总值 and 固定资产投资, target and outcome each"
    );
}

#[test]
fn the_series_charts_give_values_and_growths_by_period() {
    let reports: Vec<_> = (2013..=2016)
        .map(|y| corpus(&format!("hailar_district_{y}")))
        .collect();
    let named: Vec<(&str, &report::Report)> = reports.iter().map(|r| ("h", r)).collect();
    let s = report::track::series(&named);
    let gdp = &s.indicators[series_order(&s)[0]];
    let (values, growths) = report::view::tracking::series_charts(gdp);
    assert_eq!(values.len(), 4);
    assert_eq!(growths.bars().next().unwrap().value_text, "▲18.5%");
    assert!(values.caption.contains("亿元"));
}

#[test]
fn the_2015_pair_sums_up_as_the_tracking_page_shows_it() {
    // The end-to-end tracking test reads this line in the browser; a parser change that moves it
    // shows here first.
    let (a, b) = (
        corpus("hailar_district_2015"),
        corpus("hailar_district_2016"),
    );
    let t = report::track::track(&a, &b);
    assert_eq!(
        summary(&t),
        "2015年8项主要预期目标：3项达成，2项未达成，1项未报告，2项口径不同"
    );
}
