//! The tracking rules, one class of text each: comparators, synonyms, basis, multi-year
//! exclusion, one figure for two measures or two subjects, statuses and periods.

use report::track::{track, Basis, Comparator, Measure, Status, Target, Tracking};

/// A plan of 2013 (in a report of 2013) and the review of 2013 (in a report of 2014).
fn pair(plan: &str, review: &str) -> Tracking {
    let a = format!(
        "政府工作报告（2013年）\n一、过去一年工作回顾\n稳中有进。\n二、2013年工作安排\n{plan}\n"
    );
    let b = format!(
        "政府工作报告（2014年）\n一、2013年工作回顾\n{review}\n二、2014年工作安排\n稳中求进。\n"
    );
    track(&report::parse(&a).unwrap(), &report::parse(&b).unwrap())
}

fn headline(items: &str, review: &str) -> Tracking {
    pair(&format!("经济社会发展主要预期目标是：{items}。"), review)
}

fn only(t: &Tracking) -> &Target {
    assert_eq!(t.targets.len(), 1, "{:#?}", t.targets);
    &t.targets[0]
}

#[test]
fn comparators_come_from_the_bounding_words() {
    let t = headline(
        "地区生产总值增长8%以上，社会消费品零售总额增长10%左右，城镇登记失业率控制在4.5%以内，单位生产总值能耗下降3%",
        "经济平稳。",
    );
    let got: Vec<_> = t
        .targets
        .iter()
        .map(|t| (t.indicator.as_str(), t.measure, t.comparator, t.value))
        .collect();
    assert_eq!(
        got,
        [
            ("地区生产总值", Measure::Growth, Comparator::AtLeast, 8.0),
            (
                "社会消费品零售总额",
                Measure::Growth,
                Comparator::About,
                10.0
            ),
            ("城镇登记失业率", Measure::Rate, Comparator::AtMost, 4.5),
            (
                "单位生产总值能耗",
                Measure::Growth,
                Comparator::AtMost,
                -3.0
            ),
        ]
    );
}

#[test]
fn one_figure_with_a_growth_and_a_level_is_two_targets() {
    let t = headline(
        "地区生产总值增长7%，达到320亿元",
        "地区生产总值完成330亿元，同比增长6.9%。",
    );
    let got: Vec<_> = t.targets.iter().map(|t| (t.measure, t.status)).collect();
    assert_eq!(
        got,
        [
            (Measure::Growth, Status::Missed),
            (Measure::Level, Status::Met)
        ]
    );
    assert!(t.targets.iter().all(|t| t.headline && t.period == "2013年"));
}

#[test]
fn one_value_for_town_and_country_is_two_targets() {
    for items in [
        "城乡居民人均可支配收入分别增长8%",
        "城镇常住居民人均可支配收入、农村常住居民人均可支配收入均增长8%",
    ] {
        let t = headline(items, "城乡居民人均可支配收入分别增长8.7%和7.6%。");
        let got: Vec<_> = t.targets.iter().map(|t| t.status).collect();
        assert_eq!(
            got,
            [Status::Met, Status::Missed],
            "{items}: {:#?}",
            t.targets
        );
        assert!(
            t.targets[0].indicator.starts_with("城镇"),
            "{:?}",
            t.targets[0]
        );
        assert!(
            t.targets[1].indicator.starts_with("农村"),
            "{:?}",
            t.targets[1]
        );
    }
}

#[test]
fn synonyms_name_one_indicator() {
    let t = headline(
        "公共财政预算收入增长7%",
        "一般公共预算收入完成15亿元，同比增长10.3%。",
    );
    assert_eq!(only(&t).status, Status::Met);
    let t = headline("生产总值增长7%", "全区GDP同比增长7.2%。");
    assert_eq!(only(&t).status, Status::Met);
    let t = headline(
        "城镇居民人均可支配收入增长8%",
        "城镇常住居民人均可支配收入达到3万元，增长8.2%。",
    );
    assert_eq!(only(&t).outcome.as_ref().unwrap().raw, "8.2%");
}

#[test]
fn about_targets_in_percent_are_about_met_within_half_a_point() {
    let status = |outcome: &str| {
        only(&headline(
            "固定资产投资增长10%左右",
            &format!("固定资产投资增长{outcome}。"),
        ))
        .status
    };
    assert_eq!(status("10.2%"), Status::Met);
    assert_eq!(status("9.6%"), Status::MetAbout);
    assert_eq!(status("9.4%"), Status::Missed);
}

#[test]
fn at_most_targets_are_met_at_or_under() {
    let status = |outcome: &str| {
        only(&headline(
            "城镇登记失业率控制在4%以内",
            &format!("城镇登记失业率为{outcome}。"),
        ))
        .status
    };
    assert_eq!(status("3.9%"), Status::Met);
    assert_eq!(status("4%"), Status::Met);
    assert_eq!(status("4.2%"), Status::Missed);
}

#[test]
fn a_restated_base_is_not_comparable_but_comparable_prices_are_the_usual_basis() {
    let t = headline(
        "一般公共预算收入增长8%",
        "一般公共预算收入按可比口径增长9%。",
    );
    let target = only(&t);
    assert_eq!(target.status, Status::NotComparable);
    assert_eq!(
        target.outcome.as_ref().unwrap().basis,
        Some(Basis::Comparable)
    );
    let t = headline(
        "地区生产总值增长8%",
        "地区生产总值同比增长8.9%（按可比价计算）。",
    );
    assert_eq!(only(&t).status, Status::Met);
}

#[test]
fn another_scope_or_definition_or_measure_is_not_comparable() {
    let t = headline(
        "区本级固定资产投资增长12%",
        "全社会固定资产投资同比增长15%。",
    );
    assert_eq!(only(&t).outcome.as_ref().unwrap().basis, Some(Basis::Scope));
    let t = headline(
        "农村居民人均可支配收入增长9%",
        "农民人均纯收入达到19080元，同比增长14.1%。",
    );
    assert_eq!(
        only(&t).outcome.as_ref().unwrap().basis,
        Some(Basis::Definition)
    );
    let t = headline(
        "社会消费品零售总额增长9%",
        "社会消费品零售总额达到136.3亿元。",
    );
    assert_eq!(
        only(&t).outcome.as_ref().unwrap().basis,
        Some(Basis::Measure)
    );
    assert_eq!(only(&t).status, Status::NotComparable);
}

#[test]
fn an_estimate_is_an_outcome_marked_as_such() {
    let t = headline("地区生产总值增长7%", "预计地区生产总值增长7.5%。");
    let o = only(&t).outcome.clone().unwrap();
    assert!(o.estimate);
    assert_eq!(only(&t).status, Status::Met);
}

#[test]
fn no_figure_for_the_same_thing_is_not_reported_never_a_neighbours() {
    let t = headline(
        "地方财政总收入增长16%",
        "公共财政预算收入同比增长22.9%，财政支出增长10%。",
    );
    assert_eq!(only(&t).status, Status::NotReported);
    assert!(only(&t).outcome.is_none());
}

#[test]
fn multi_year_statements_and_figures_are_left_out() {
    let t = pair(
        "“十四五”时期主要目标：生产总值年均增长8%以上。到2025年，建成5G基站1万个。主要预期目标是：生产总值增长8%以上。",
        "生产总值由2010年的162.4亿元增加到2013年的287.9亿元，年均增长12.1%。生产总值同比增长8.9%。",
    );
    let target = only(&t);
    assert_eq!((target.value, target.headline), (8.0, true));
    assert_eq!(target.outcome.as_ref().unwrap().raw, "8.9%");
}

#[test]
fn other_targets_are_figures_under_a_verb_of_a_result_not_sizes_or_starts() {
    let t = pair(
        "新建蔬菜大棚2000亩，实施12个菜篮子项目。实施奋斗镇1.6万吨蔬菜仓储等项目。启动建设30万平方米安置房。总投资50亿元的物流园开工。",
        "建成蔬菜大棚2350亩。",
    );
    let got: Vec<_> = t
        .targets
        .iter()
        .map(|t| (t.raw.as_str(), t.headline, t.status))
        .collect();
    assert_eq!(
        got,
        [
            ("2000亩", false, Status::Met),
            ("12个", false, Status::NotReported)
        ]
    );
}

#[test]
fn a_target_that_adds_to_a_stock_is_not_met_by_the_stock() {
    let t = pair("新增高新技术企业100家。", "高新技术企业达到1306家。");
    assert_eq!(
        only(&t).outcome.as_ref().unwrap().basis,
        Some(Basis::Definition)
    );
}

#[test]
fn a_half_year_plan_is_for_that_half() {
    let a = "街道2024年上半年工作总结和下半年工作计划\n一、上半年工作总结\n稳。\n二、下半年工作计划\n主要目标是：辖区规上工业产值增长5%。\n";
    let b = "街道2024年工作总结和2025年工作计划\n一、2024年工作总结\n辖区规上工业产值增长6.1%。\n二、2025年工作计划\n进。\n";
    let t = track(&report::parse(a).unwrap(), &report::parse(b).unwrap());
    assert_eq!(t.period, "2024年下半年");
    assert_eq!(only(&t).status, Status::Met);
}

#[test]
fn headline_items_on_lines_of_their_own_after_the_marker() {
    let t = pair(
        "今年经济社会发展的主要预期目标是：\n地区生产总值增长6%左右；\n一般公共预算收入增长5%。\n全力抓好以下工作。",
        "地区生产总值增长6.2%；一般公共预算收入增长4%。",
    );
    let got: Vec<_> = t
        .targets
        .iter()
        .map(|t| (t.indicator.as_str(), t.headline, t.status))
        .collect();
    assert_eq!(
        got,
        [
            ("地区生产总值", true, Status::Met),
            ("一般公共预算收入", true, Status::Missed)
        ]
    );
}

#[test]
fn a_review_of_a_later_year_checks_the_deadlines_in_that_year_only() {
    let a = "政府工作报告（2013年）\n一、过去一年工作回顾\n稳。\n二、2013年工作安排\n主要预期目标是：地区生产总值增长10%。到2015年，城镇化率达到60%，到2016年建成保障房5000套。\n";
    let c = "政府工作报告（2016年）\n一、2015年工作回顾\n地区生产总值增长10.5%，城镇化率达到61%。\n二、2016年工作安排\n进。\n";
    let t = track(&report::parse(a).unwrap(), &report::parse(c).unwrap());
    assert_eq!(t.period, "2015年");
    let target = only(&t);
    assert_eq!((target.raw.as_str(), target.status), ("60%", Status::Met));
    let b =
        "政府工作报告（2014年）\n一、2013年工作回顾\n城镇化率达到58%。\n二、2014年工作安排\n进。\n";
    let t = track(&report::parse(a).unwrap(), &report::parse(b).unwrap());
    assert!(t.targets.iter().all(|t| t.raw != "60%"), "not due in 2013");
}

#[test]
fn a_review_of_an_earlier_period_gives_no_outcome() {
    let a = "政府工作报告（2015年）\n一、2014年工作回顾\n稳。\n二、2015年工作安排\n主要预期目标是：地区生产总值增长10%。\n";
    let c = "政府工作报告（2014年）\n一、2013年工作回顾\n地区生产总值增长10.5%。\n二、2014年工作安排\n进。\n";
    let t = track(&report::parse(a).unwrap(), &report::parse(c).unwrap());
    assert_eq!(only(&t).status, Status::NotReported);
}

#[test]
fn the_genres_other_headline_items_find_their_outcomes() {
    let t = headline(
        "城镇新增就业1.2万人以上，城镇调查失业率控制在5.5%左右，居民消费价格涨幅控制在3%左右，粮食产量稳定在50万吨以上，规模以上工业增加值增长7%",
        "全年城镇新增就业1.35万人，城镇调查失业率5.1%，居民消费价格上涨2.1%，粮食总产量48.6万吨，规上工业增加值增长6.8%。",
    );
    let got: Vec<_> = t
        .targets
        .iter()
        .map(|t| (t.indicator.as_str(), t.measure, t.comparator, t.status))
        .collect();
    assert_eq!(
        got,
        [
            (
                "城镇新增就业",
                Measure::Level,
                Comparator::AtLeast,
                Status::Met
            ),
            (
                "城镇调查失业率",
                Measure::Rate,
                Comparator::AtMost,
                Status::Met
            ),
            (
                "居民消费价格",
                Measure::Growth,
                Comparator::AtMost,
                Status::Met
            ),
            (
                "粮食产量",
                Measure::Level,
                Comparator::AtLeast,
                Status::Missed
            ),
            (
                "规模以上工业增加值",
                Measure::Growth,
                Comparator::AtLeast,
                Status::Missed
            ),
        ]
    );
}

#[test]
fn outcomes_given_for_two_subjects_at_once_go_to_each() {
    let t = headline(
        "城乡居民人均可支配收入分别增长7%",
        "城镇和农村居民人均可支配收入分别达到35000元和18000元，分别增长6.5%和7.8%。",
    );
    let got: Vec<_> = t
        .targets
        .iter()
        .map(|t| (t.status, t.outcome.as_ref().map(|o| o.raw.clone())))
        .collect();
    assert_eq!(
        got,
        [
            (Status::Missed, Some("6.5%".into())),
            (Status::Met, Some("7.8%".into()))
        ]
    );
}

#[test]
fn a_growth_on_the_same_footing_written_otherwise_is_not_comparable() {
    let t = headline(
        "一般公共预算收入增长6%",
        "一般公共预算收入完成12.3亿元，同口径增长8.1%。",
    );
    assert_eq!(only(&t).status, Status::NotComparable);
}

#[test]
fn of_two_figures_for_one_thing_the_one_beside_the_targets_neighbours() {
    let t = pair(
        "确保新增就业5700人，城镇登记失业率控制在4%以内。",
        "全年新增营业面积10万平方米，新增就业3000人。城镇新增就业5650人，城镇登记失业率3.9%。",
    );
    let got: Vec<_> = t
        .targets
        .iter()
        .map(|t| t.outcome.as_ref().map(|o| o.raw.clone()))
        .collect();
    assert_eq!(got, [Some("5650人".into()), Some("3.9%".into())]);
}

#[test]
fn a_name_that_only_says_what_kind_of_figure_is_never_matched() {
    let t = pair(
        "物流园区年内入园企业7家，实现产值2亿元。",
        "规模以上工业总产值完成207.2亿元。",
    );
    let produce = t.targets.iter().find(|t| t.raw == "2亿元").unwrap();
    assert_eq!(produce.status, Status::NotReported, "{produce:?}");
}

#[test]
fn a_paragraph_looking_back_over_years_gives_no_outcome_for_one() {
    let t = pair(
        "完成29条背街巷道改造。",
        "——民生事业扎实推进。五年来，我们致力推进民生改善。完成101条背街巷道的综合改造。",
    );
    assert_eq!(only(&t).status, Status::NotReported);
}
