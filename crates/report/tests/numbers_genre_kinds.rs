//! Which numbers are indicators and of what kind as reports of the genre write them (issue "Numbers on reports it has never seen"),
//! one test per class of text; the other classes are in `numbers_genre.rs` and
//! `numbers_genre_ranks.rs`. Each sentence is made up in the shape the corpus shows; none is
//! copied from a gold report.

mod common;

use common::{find, label, lenient, plan, summary};
use report::NumberKind;

#[test]
fn a_verb_of_cutting_before_a_share_is_a_fall() {
    let ms = summary("主要污染物二氧化硫排放量削减4.2%，压降能耗3%。");
    let m = find(&ms, "4.2%");
    assert_eq!(m.kind, Some(NumberKind::Growth));
    assert_eq!(m.direction, Some(report::Direction::Down));
    assert_eq!(find(&ms, "3%").kind, Some(NumberKind::Growth));
    // Shortening a time or narrowing a gap by a share is a fall of it.
    let ms = summary("审批事项平均时限缩短40%，运输成本缩减12%。");
    for raw in ["40%", "12%"] {
        let m = find(&ms, raw);
        assert_eq!(
            (m.kind, m.direction),
            (Some(NumberKind::Growth), Some(report::Direction::Down)),
            "{raw}"
        );
    }
}

#[test]
fn buildings_counted_by_zhuang_and_an_investment_planned_take_their_owner() {
    let ms = summary("认定重点楼宇3幢。园区引进项目120个，计划投资额近300亿元。");
    assert_eq!(find(&ms, "3幢").unit.as_deref(), Some("幢"));
    assert_eq!(label(&ms, "300亿元"), "园区引进项目计划投资额");
}

#[test]
fn a_streak_in_a_row_counts_quoted_or_not() {
    let ms = summary("粮食总产量达到620亿斤，实现“十二连丰”。茶叶出口五连增。");
    let m = find(&ms, "十二连丰");
    assert_eq!(
        (m.is_indicator, m.value, m.unit.as_deref()),
        (true, Some(12.0), Some("连丰"))
    );
    assert_eq!(m.label.as_deref(), Some("粮食"));
    assert_eq!(find(&ms, "五连增").value, Some(5.0));
    // A quoted numeral that is no streak stays a name.
    let ms = summary("“十四五”规划编制完成。");
    assert!(ms.iter().all(|m| !m.is_indicator));
}

#[test]
fn marks_of_a_list_after_one_verb_of_crossing_are_milestones() {
    let ms = summary("全省生产总值接连突破5万亿和6万亿，去年达到61200.5亿元，年均增长8.1%。");
    for raw in ["5万亿", "6万亿"] {
        assert!(!find(&ms, raw).is_indicator, "{raw}");
    }
    assert_eq!(label(&ms, "61200.5亿元"), "全省生产总值");
    assert_eq!(label(&ms, "8.1%"), "全省生产总值年均增长");
}

#[test]
fn a_bare_value_of_a_ratio_measure_is_a_rate() {
    let ms = summary("城乡居民收入比收窄至1.79，城乡收入比由2.4缩小到2.2。");
    for raw in ["1.79", "2.4", "2.2"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Rate), "{raw}");
    }
    assert_eq!(label(&ms, "1.79"), "城乡居民收入比");
    // Not a comparison with a time.
    let ms = summary("同比12。");
    assert_ne!(find(&ms, "12").kind, Some(NumberKind::Rate));
}

#[test]
fn a_line_of_digits_only_measures_nothing() {
    let ms = summary("2025220");
    assert!(ms.iter().all(|m| !m.is_indicator));
}

#[test]
fn a_bar_right_before_a_count_is_the_class_of_the_things_counted() {
    let ms = summary("其中，20万以上28个村，占比65.1%，50万以上12个村。");
    for raw in ["20万", "50万"] {
        assert!(!find(&ms, raw).is_indicator, "{raw}");
    }
    assert_eq!(label(&ms, "28个"), "20万以上村");
    assert_eq!(label(&ms, "65.1%"), "20万以上村占比");
    assert_eq!(label(&ms, "12个"), "50万以上村");
}

#[test]
fn a_design_speed_is_a_spec_and_production_and_sales_split() {
    let ms = summary("时速350公里的高铁建成通车。新能源汽车产销量分别是上年的3倍、2.5倍。");
    assert!(!find(&ms, "350公里").is_indicator);
    assert_eq!(label(&ms, "3倍"), "新能源汽车产量是上年的倍数");
    assert_eq!(label(&ms, "2.5倍"), "新能源汽车销量是上年的倍数");
}

#[test]
fn a_magnitude_in_words_after_a_verb_of_crossing_is_the_level_reached() {
    let ms = summary("核心区生产总值突破千亿元，是第3个突破百亿公斤的年份。");
    let m = find(&ms, "千亿元");
    assert_eq!(
        (m.is_indicator, m.base_value, m.label.as_deref()),
        (true, Some(1e11), Some("核心区生产总值"))
    );
    // Before `的` it is the class of what crossed it.
    assert!(ms.iter().all(|m| m.raw != "百亿公斤" || !m.is_indicator));
}

#[test]
fn a_bar_before_de_of_things_counted_later_is_their_class() {
    let ms = summary(
        "主营业务收入超300亿元的企业达到9家，投资超10亿元的项目15个。实现了超500亿元的交易额。",
    );
    for raw in ["300亿元", "10亿元"] {
        assert!(!find(&ms, raw).is_indicator, "{raw}");
    }
    assert_eq!(label(&ms, "9家"), "主营业务收入超300亿元的企业");
    assert_eq!(label(&ms, "15个"), "投资超10亿元的项目");
    // Nothing counted after it: a measure.
    assert!(find(&ms, "500亿元").is_indicator);
}

#[test]
fn a_count_in_words_of_things_built_counts_them() {
    let ms = summary("三条主干道路建成通车，两个市民广场投入使用。");
    assert_eq!(find(&ms, "三条").value, Some(3.0));
    assert_eq!(find(&ms, "两个").value, Some(2.0));
    // Opened or became something, also after a modifier's `的`.
    let ms =
        summary("三条高速全线贯通，两个开发区成为省级绿色工业园区，服务冬奥会的两条专线正式开通。");
    for raw in ["三条", "两个", "两条"] {
        assert!(find(&ms, raw).is_indicator, "{raw}");
    }
    // Formulas are built of nothing.
    let ms = summary("三个代表重要思想。");
    assert!(ms.iter().all(|m| !m.is_indicator), "{ms:?}");
}

#[test]
fn a_count_in_words_of_pledges_kept_or_things_got_done_counts_them() {
    // `十件民生实事全面兑现`: the year's pledged works, done; `办成了三件大事`: a verb of doing
    // with its `了`.
    let ms = summary("十件民生实事全面兑现。");
    assert_eq!(label(&ms, "十件"), "民生实事");
    let ms = summary("十项实事全面完成。县政府办成了三件大事。");
    assert!(find(&ms, "十项").is_indicator);
    assert_eq!(find(&ms, "三件").value, Some(3.0));
}

#[test]
fn the_bar_a_rate_of_places_counted_passed_is_no_measure() {
    let ms = summary("6个县区固定资产投资增速超过30%，全市投资增速超过10%。");
    assert!(!find(&ms, "30%").is_indicator);
    assert_eq!(find(&ms, "10%").kind, Some(NumberKind::Growth));
}

#[test]
fn targets_proposed_or_set_outside_a_plan_part_are_targets() {
    // `主要预期目标建议为：…`, `预期目标确定6%左右`: a statement of targets in a review's part.
    let ms = summary("今年主要预期目标建议为：地区生产总值增长5%左右，一般公共预算收入增长3%。");
    assert_eq!(find(&ms, "5%").kind, Some(NumberKind::Target));
    assert_eq!(find(&ms, "3%").kind, Some(NumberKind::Target));
    let ms = summary("经济增长预期目标确定6%左右。");
    assert_eq!(find(&ms, "6%").kind, Some(NumberKind::Target));
    // What was set in the past and then done is a review's.
    let ms = summary("年初确定的目标全面完成，地区生产总值增长7%。");
    assert_eq!(find(&ms, "7%").kind, Some(NumberKind::Growth));
}

#[test]
fn a_net_change_written_before_the_stock_is_a_growth() {
    // `净增注册资金126.5亿元`: the stock's change; a count of things added stays a count.
    let ms = summary("净增注册资金86.2亿元，净增就业岗位500个。");
    assert_eq!(find(&ms, "86.2亿元").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "500个").kind, Some(NumberKind::Amount));
}

#[test]
fn counts_of_trips_and_cases_keep_their_counters() {
    // `万辆次`, `架次`, `例`: the counter is the unit.
    let ms = summary("检查车辆12.5万辆次，保障航班800架次，3例确诊患者全部治愈。");
    assert_eq!(find(&ms, "12.5万辆次").unit.as_deref(), Some("万辆次"));
    assert_eq!(find(&ms, "800架次").unit.as_deref(), Some("架次"));
    assert_eq!(find(&ms, "3例").unit.as_deref(), Some("例"));
}

#[test]
fn a_minus_sign_after_words_before_a_percentage_is_a_fall() {
    // `增幅-11.9%`: the sign is part of the number; a dash between numbers is a range.
    let ms = summary("营业收入增幅-11.9%，1-9月工业产值增长3-5%。");
    let m = find(&ms, "-11.9%");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Growth), Some(-11.9)));
    assert_eq!(m.label.as_deref(), Some("营业收入增幅"));
    assert!(ms.iter().all(|m| m.raw != "11.9%"));
    assert!(ms.iter().any(|m| m.raw == "3-5%"));
    // After its basis, a signed share is a change too.
    let ms = summary("地区生产总值60.3亿元，一般公共预算收入2亿元，同比分别-6.2%、-19.3%。");
    assert_eq!(find(&ms, "-19.3%").kind, Some(NumberKind::Growth));
    // After a list's separator too.
    let ms = summary("工业增加值、固定资产投资、零售总额分别增长5.6%、-24.4%、9.9%。");
    let m = find(&ms, "-24.4%");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Growth), Some(-24.4)));
    assert_eq!(m.label.as_deref(), Some("固定资产投资增长"));
    assert_eq!(label(&ms, "9.9%"), "零售总额增长");
}

#[test]
fn working_days_are_a_unit_and_a_time_cut_to_a_level_is_that_level() {
    // `压缩至74个工作日`: the unit is `个工作日`, and `压缩至`/`缩短至` lead to the level reached.
    let ms = summary("全流程项目审批时间压缩至74个工作日，开办企业时间缩短至3天。");
    let m = find(&ms, "74个工作日");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (Some(NumberKind::Amount), Some("个工作日"))
    );
    assert_eq!(label(&ms, "74个工作日"), "全流程项目审批时间");
    assert_eq!(label(&ms, "3天"), "开办企业时间");
}

#[test]
fn the_articles_of_a_policy_issued_are_part_of_its_name() {
    // `出台稳链纾困35条`, `52条政策`: the count names the policy; a count of things done after
    // another verb (`新建道路5条`) stays a count.
    let ms = summary("及时出台我市稳链纾困35条、稳经济促发展10条等系列政策。研究出台西湖区52条政策。出台政策后新建道路5条。");
    for raw in ["35条", "10条", "52条"] {
        assert!(!find(&ms, raw).is_indicator, "{raw}");
    }
    assert!(find(&ms, "5条").is_indicator);
    // The last of a list of policies, before their kind.
    let ms = summary("推出“四个倍增计划”、支持“转企升规”二十条等政策措施。");
    assert!(!find(&ms, "二十条").is_indicator);
    // Measures counted in 项 stay counts.
    let ms = summary("出台实施四批308项政策举措。");
    assert!(find(&ms, "308项").is_indicator);
}

#[test]
fn a_version_glued_into_a_name_is_no_measure() {
    // `营商环境5.0改革`: a version between words names a stage of a reform; a value the words
    // lead to (`系数为0.3`) or with a bound stays a value.
    let ms = summary("推进营商环境5.0改革，实施制造业3.0行动，恩格尔系数为0.3左右。");
    assert!(!find(&ms, "5.0").is_indicator);
    assert!(!find(&ms, "3.0").is_indicator);
    assert!(find(&ms, "0.3").is_indicator);
}

#[test]
fn growth_speeds_given_year_by_year_are_growths() {
    // `增长速度每年分别为11%、11.4%`: the growth rate in each year, a growth (like `增速为`).
    let ms = summary("全市地区生产总值增长速度每年分别为11%、11.4%和12.5%，年均增速为12.6%。");
    for raw in ["11%", "11.4%", "12.5%", "12.6%"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Growth), "{raw}");
    }
    assert_eq!(label(&ms, "11%"), "全市地区生产总值增长速度");
    assert_eq!(label(&ms, "12.6%"), "全市地区生产总值年均增速");
}

#[test]
fn a_ratio_typeset_with_the_vertical_two_dot_colon_is_one_ratio() {
    // `3.5︰54.1︰42.4` (U+FE30, as typesetting software writes it): one rate, no amounts.
    let ms = summary("三次产业结构调整为3.5︰54.1︰42.4。");
    let m = find(&ms, "3.5︰54.1︰42.4");
    assert_eq!(m.kind, Some(NumberKind::Rate));
    assert_eq!(ms.iter().filter(|m| m.is_indicator).count(), 1);
}

#[test]
fn gaps_to_the_target_set_are_gaps_item_by_item() {
    // `分别比预期目标高4.8、10.4个百分点`: each growth beat its target by its own gap (an
    // amount, like `高于全省`), also after a `、` that ends a clause.
    let ms = summary(
        "规模以上工业增加值增长14.8%，固定资产投资增长20.4%，分别比预期目标高4.8、10.4个百分点。",
    );
    for (raw, growth) in [("4.8", "14.8%"), ("10.4个百分点", "20.4%")] {
        let m = find(&ms, raw);
        assert_eq!(m.kind, Some(NumberKind::Amount), "{raw}");
        let related = m.relates_to.map(|i| ms[i].raw.as_str());
        assert_eq!(related, Some(growth), "{raw}");
    }
    assert_eq!(label(&ms, "10.4个百分点"), "固定资产投资增长比预期目标高");
}

#[test]
fn a_percentage_right_after_a_levels_measure_is_its_change() {
    // `规模以上工业增加值11.5%`, `居民消费价格指数控制在2.0%`: a level is no percentage, so the
    // value is its change; a share named in the words (`占`) stays a rate.
    let ms = summary("规模以上工业增加值11.5%，居民消费价格指数控制在2.0%，战略性新兴产业增加值占地区生产总值53.2%。");
    assert_eq!(find(&ms, "11.5%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "2.0%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "53.2%").kind, Some(NumberKind::Rate));
}

#[test]
fn tenths_in_words_written_as_a_share_are_a_rate() {
    // `占全年税收收入超四成`: 0.4 of the revenue, like `五分之一`; `形成` and `建成` are verbs.
    let ms = summary("留抵退税减税缓税占全年税收收入超四成，全市建成村道300公里。");
    let m = find(&ms, "四成");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rate), Some(0.4)));
    assert_eq!(ms.iter().filter(|m| m.is_indicator).count(), 2);
}

#[test]
fn departments_are_counted_in_their_own_unit() {
    // `等4部门联合表彰`: four departments, not four `部` (films, phones) and a `门`.
    let ms = summary("获省民政厅等4部门联合表彰，拍摄微电影3部。");
    assert_eq!(find(&ms, "4部门").unit.as_deref(), Some("部门"));
    assert_eq!(find(&ms, "3部").unit.as_deref(), Some("部"));
}

#[test]
fn a_growth_rates_values_over_the_periods_of_a_year_are_growths() {
    // `增速由一季度的2.8%回升至全年的5.2%`: the rate at each period, a growth named by the rate,
    // unlike a share's from-to frame (`城镇化率由…55%提高到60%`).
    let ms =
        summary("地区生产总值增速由一季度的2.8%回升至全年的5.2%，城镇化率由2015年的55%提高到60%。");
    for raw in ["2.8%", "5.2%"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Growth), "{raw}");
        assert_eq!(label(&ms, raw), "地区生产总值增速", "{raw}");
    }
    assert_eq!(find(&ms, "60%").kind, Some(NumberKind::Rate));
}

#[test]
fn quarters_are_counted_in_their_own_unit() {
    // `连续4个季度获得流动红旗`: a streak of four quarters; `前3个季度` is the window of time.
    let ms = summary("在重大项目考核中连续4个季度获得流动红旗，前3个季度投资增长5%。");
    let m = find(&ms, "4个季度");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (Some(NumberKind::Amount), Some("个季度"))
    );
    assert!(!find(&ms, "3个季度").is_indicator);
}

#[test]
fn a_ratio_of_incomes_is_of_the_groups_the_sentence_speaks_of() {
    // `收入比从1.69:1缩小到1.60:1`: the ratio of the groups whose incomes the sentence gave;
    // `倍差缩小至1.56`: a bare ratio (a rate, not an amount) of the subject, whole.
    let ms =
        summary("城乡居民人均可支配收入分别提高到6.98万元、4.36万元，收入比从1.69:1缩小到1.60:1。");
    assert_eq!(label(&ms, "1.69:1"), "城乡居民收入比");
    assert_eq!(label(&ms, "1.60:1"), "城乡居民收入比");
    let ms = summary("城镇、农村居民人均可支配收入分别为7.3万元、4.7万元，倍差缩小至1.56。");
    let m = find(&ms, "1.56");
    assert_eq!(m.kind, Some(NumberKind::Rate));
    assert_eq!(label(&ms, "1.56"), "城镇、农村居民人均可支配收入倍差");
}

#[test]
fn quarters_in_chinese_numerals_are_counted_in_their_own_unit() {
    // `连续两个季度`: a streak of two quarters, as `连续4个季度` is.
    let ms = summary("全镇连续两个季度增速居全市第一。");
    let m = find(&ms, "两个季度");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (Some(NumberKind::Amount), Some(2.0), Some("个季度"))
    );
}

#[test]
fn a_span_of_years_right_before_the_change_over_it_is_a_window() {
    // `5年前进8位`, `3年增长1倍`: the span says over what time; `连续5年增长` is a streak.
    let ms = summary("综合实力5年前进8位，税收收入3年增长1倍，出口连续5年增长10%以上。");
    assert!(!find(&ms, "5年").is_indicator);
    assert!(!find(&ms, "3年").is_indicator);
    assert!(find(&ms, "8位").is_indicator);
    let streak = ms.iter().filter(|m| m.raw == "5年").nth(1).unwrap();
    assert!(streak.is_indicator);
}

#[test]
fn a_value_per_unit_of_another_keeps_that_units_magnitude() {
    // `0.34吨标准煤/万元`: energy per ten thousand yuan; the 万 is the other unit's, not expanded.
    let ms = summary("单位地区生产总值能耗0.34吨标准煤/万元，下降3.2%。");
    let m = find(&ms, "0.34吨标准煤/万元");
    assert_eq!(
        (m.base_value, m.base_unit.as_deref()),
        (Some(0.34), Some("吨标准煤/万元"))
    );
    assert_eq!(label(&ms, "0.34吨标准煤/万元"), "单位地区生产总值能耗");
}

#[test]
fn later_steps_of_a_growth_rates_course_over_the_year_are_growths_of_the_same_rate() {
    // `从一季度3.3%、到上半年4.5%、再到前三季度4.9%`: each step after a `、` names only the
    // period it reaches.
    let ms = summary("地区生产总值增速从一季度3.3%、到上半年4.5%、再到前三季度4.9%，逐季回升。");
    for raw in ["3.3%", "4.5%", "4.9%"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Growth), "{raw}");
        assert_eq!(label(&ms, raw), "地区生产总值增速", "{raw}");
    }
}

#[test]
fn upgrading_things_counted_by_their_size_is_work_done() {
    // `建筑立面提升128158平方米`: no measure rose; `绿地面积提升2平方米` is a growth.
    let ms = summary("建筑立面提升128158平方米,围墙提升2415米;人均绿地面积提升2平方米。");
    assert_eq!(find(&ms, "128158平方米").kind, Some(NumberKind::Amount));
    assert_eq!(find(&ms, "2415米").kind, Some(NumberKind::Amount));
    assert_eq!(find(&ms, "2平方米").kind, Some(NumberKind::Growth));
}

#[test]
fn bi_zeng_is_a_growth_on_the_year_before() {
    let ms = plan("争取实现财政总收入11亿元,比增7%;固定资产投资额21.7亿元,比增8%。");
    assert_eq!(label(&ms, "8%"), "固定资产投资额比增");
}

#[test]
fn an_expected_change_of_the_year_in_a_review_is_its_target() {
    // A news report's lead gives last year's result, then this year's expected growth.
    let ms = summary("去年全市地区生产总值3200亿元、增长6.1%，今年全市地区生产总值预期增长5.5%、一般公共预算收入增长5%。全年经济运行好于预期，税收收入增长4%。");
    assert_eq!(find(&ms, "6.1%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "5.5%").kind, Some(NumberKind::Target));
    assert_eq!(find(&ms, "5%").kind, Some(NumberKind::Target));
    // Better than expected: a result.
    assert_eq!(find(&ms, "4%").kind, Some(NumberKind::Growth));
}

#[test]
fn li_qiu_states_an_aim_as_li_zheng_does() {
    let ms = summary("下半年力求实现招商到位资金突破3亿元。");
    let m = find(&ms, "3亿元");
    assert_eq!(m.kind, Some(NumberKind::Target));
    assert_eq!(label(&ms, "3亿元"), "招商到位资金");
}

#[test]
fn values_named_only_by_their_period_after_a_growth_rate_are_its_growths() {
    // `GDP增速逐季攀升，上半年3.2%、…`: the clause before names the rate, the list its values.
    let ms = summary("今年以来，GDP增速逐季攀升，上半年3.2%、前三季度4.4%、预计全年5%左右。");
    for raw in ["3.2%", "4.4%", "5%"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Growth), "{raw}");
        assert_eq!(label(&ms, raw), "GDP增速", "{raw}");
    }
    // A share at a period, after no growth rate: a rate.
    let ms = summary("城镇化水平稳步提高，上半年65.2%。");
    assert_eq!(find(&ms, "65.2%").kind, Some(NumberKind::Rate));
}

#[test]
fn a_sentence_of_figures_set_about_is_one_of_targets() {
    // `增长8%左右，…增长7%左右`: targets are set approximately; a review's estimate says so.
    let ms = lenient("对于今年的发展目标，报告显示，全年实现地区生产总值增长8%左右，地方一般公共预算收入增长7%左右。预计全年居民收入增长5%左右、消费增长4%左右。");
    assert_eq!(find(&ms, "8%").kind, Some(NumberKind::Target));
    assert_eq!(find(&ms, "7%").kind, Some(NumberKind::Target));
    assert_eq!(label(&ms, "8%"), "地区生产总值增长");
    assert_eq!(find(&ms, "5%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "4%").kind, Some(NumberKind::Growth));
    // The estimate goes on over a list's items at `；`, not past the sentence's `。`.
    let ms = lenient("预计全年地区生产总值增长3.2%左右；城镇、农村居民人均可支配收入分别增长4%左右和6%左右。今年实现税收增长6%左右，工业投资增长9%左右。");
    assert_eq!(find(&ms, "4%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "9%").kind, Some(NumberKind::Target));
    // Under a heading of the review, they are the year's estimates.
    let ms =
        summary("工业经济效益持续改善，规模以上工业主营业务收入增长15%左右，利润总额增长18%左右。");
    assert_eq!(find(&ms, "18%").kind, Some(NumberKind::Growth));
}

#[test]
fn doses_spread_stopped_and_multiples_in_words_are_counted() {
    let ms = summary("累计完成加强针近10万剂次，14天内实现疫情风险零扩散，业务收支增长两倍以上。");
    let m = find(&ms, "10万剂次");
    assert_eq!(
        (m.base_value, m.base_unit.as_deref()),
        (Some(100_000.0), Some("剂次"))
    );
    assert_eq!(find(&ms, "零").value, Some(0.0));
    assert_eq!(label(&ms, "零"), "疫情风险扩散");
    let m = find(&ms, "两倍");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Growth), Some(2.0)));
}

#[test]
fn a_time_of_day_after_a_date_is_no_ratio() {
    let ms = summary("发布时间：2016-03-09 19:29:46。三次产业结构调整为12:45:43。");
    assert!(!find(&ms, "19:29:46").is_indicator);
    assert_eq!(find(&ms, "12:45:43").kind, Some(NumberKind::Rate));
}

#[test]
fn a_news_report_of_a_plan_reports_the_past_in_paragraphs_that_open_with_it() {
    // Read as a plan by its lead; the paragraphs on the year past report results.
    let text = "某社1月31日电 某省省长作政府工作报告时提出，2026年全省主要预期目标是地区生产总值增长7%以上，固定资产投资增长15%左右。\n此前，官方公布，2025年全省实现生产总值3031.89亿元，同比增长6.5%。\n省长说，2025年主要目标的完成，标志着“十四五”圆满收官。这五年，财政收入突破300亿元。\n2026年，全省将积极扩大有效投资，力争完成投资2440亿元以上。\n";
    let ms = lenient(text);
    assert_eq!(find(&ms, "15%").kind, Some(NumberKind::Target));
    assert_eq!(find(&ms, "3031.89亿元").kind, Some(NumberKind::Amount));
    assert_eq!(find(&ms, "6.5%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "300亿元").kind, Some(NumberKind::Amount));
    assert_eq!(find(&ms, "2440亿元").kind, Some(NumberKind::Target));
    // The plan's year may first be named in the paragraph after the review's.
    let text = "2023年,全省经济运行企稳回升。生产总值增长4.3%,城镇调查失业率平均为5.2%。\n2024年主要预期目标是:生产总值增长5.5%左右,城镇新增就业40万人以上。\n";
    let ms = lenient(text);
    assert_eq!(find(&ms, "4.3%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "5.5%").kind, Some(NumberKind::Target));
    // Under a heading that names the plan, every indicator is a target, whatever it opens with.
    let ms = plan("此前，全省实现生产总值3031.89亿元。");
    assert_eq!(find(&ms, "3031.89亿元").kind, Some(NumberKind::Target));
}

#[test]
fn a_percentage_before_the_change_it_sizes_is_a_growth() {
    let ms =
        summary("汽车产量继续保持40%以上增长、达357万辆，税收实现15%的增长，能耗实现3%的下降。");
    let m = find(&ms, "40%");
    assert_eq!(
        (m.kind, m.label.as_deref()),
        (Some(NumberKind::Growth), Some("汽车产量增长"))
    );
    assert_eq!(label(&ms, "15%"), "税收增长");
    let m = find(&ms, "3%");
    assert_eq!(
        (m.kind, m.label.as_deref()),
        (Some(NumberKind::Growth), Some("能耗下降"))
    );
    // A growth rate named after its size keeps its word.
    let ms = summary("一般公共预算收入等指标保持20%以上的增速。");
    let m = find(&ms, "20%");
    assert_eq!(
        (m.kind, m.label.as_deref()),
        (Some(NumberKind::Growth), Some("一般公共预算收入等指标增速"))
    );
    // The level a change starts from is no size of it.
    let ms = summary("不良率由5.09%下降到1.32%。");
    assert_eq!(find(&ms, "5.09%").kind, Some(NumberKind::Rate));
}

#[test]
fn a_note_in_brackets_between_a_change_verb_and_its_value_keeps_the_change() {
    // `下降(同口径)19.59%`, `增长（可比价）5%`: how it is counted, between the verb and the value.
    let ms =
        summary("地方公共财政预算收入2.5亿元,下降(同口径)19.59%。规上工业增加值增长（可比价）5%。");
    assert_eq!(find(&ms, "19.59%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "5%").kind, Some(NumberKind::Growth));
    // A figure in brackets is no note.
    let ms = summary("完成预期目标(5100万元)139.3%。");
    assert_ne!(find(&ms, "139.3%").kind, Some(NumberKind::Growth));
}

#[test]
fn a_news_pages_account_of_a_published_report_states_its_targets() {
    // `…政府工作报告全文发布。` then the page's account of the targets, then the document.
    let text = "2月12日,2026年某市政府工作报告全文发布。\n报告中提到,2026年经济社会发展主要预期目标是:经济增长5.5%左右,规上工业增加值增长7%左右。\n政府工作报告\n各位代表:\n一、2025年工作回顾\n生产总值达到2929.4亿元,增长5%。\n";
    let ms = lenient(text);
    assert_eq!(find(&ms, "7%").kind, Some(NumberKind::Target));
    assert_eq!(find(&ms, "2929.4亿元").kind, Some(NumberKind::Amount));
}

#[test]
fn rounds_of_work_in_words_are_counted_and_places_moved_are_a_growth() {
    // `两轮全员核酸检测`: rounds done; `三轮车` is a vehicle.
    let ms = summary("圆满完成两轮全员核酸检测、重点区域五轮核酸检测，整治三轮车。");
    assert_eq!(find(&ms, "两轮").value, Some(2.0));
    assert_eq!(label(&ms, "五轮"), "重点区域核酸检测");
    assert!(ms.iter().all(|m| !m.raw.starts_with("三轮")));
    // `在全省提升3个位次`: places moved in a ranking, written with their counter whole.
    let ms = summary("生产总值较2017年增长46.6%，在全省提升3个位次。");
    let m = find(&ms, "3个位次");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (Some(NumberKind::Growth), Some("个位次"))
    );
}

#[test]
fn a_gap_to_a_target_or_to_another_measures_growth_is_an_amount() {
    // The year's target, however named, is a benchmark; so is another measure's growth rate
    // after the benchmark's lead (`高出地区生产总值增幅`), which is no growth verb.
    let ms = summary("全市生产总值增长13.6%，增幅比年初预期目标低0.4个百分点。财政总收入增长32.6%，高出地区生产总值增幅18.8个百分点。地方级财政收入增长25.2%，超过预期目标14.2个百分点。");
    for raw in ["0.4个百分点", "18.8个百分点", "14.2个百分点"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Amount), "{raw}");
    }
    // A growth rate before the lead is the subject's: still a gap.
    let ms = summary("增速高于全省3个百分点。");
    assert_eq!(find(&ms, "3个百分点").kind, Some(NumberKind::Amount));
}

#[test]
fn a_gap_to_an_earlier_time_is_a_growth_of_the_subjects_rate() {
    // `增幅高出“九五”时期2.1个百分点`, `高于上年2个百分点`: beside an earlier time, a gap is a
    // change over time; beside another place it stays a gap (an amount).
    let ms = summary("全市生产总值1850亿元，五年年均增长9.9%，增幅高出“九五”时期2.1个百分点。增长8%，高于上年2个百分点。增长8%，低于全省2个百分点。");
    let m = find(&ms, "2.1个百分点");
    assert_eq!(m.kind, Some(NumberKind::Growth));
    assert_eq!(m.label.as_deref(), Some("全市生产总值增幅高出“九五”时期"));
    let gaps: Vec<_> = ms
        .iter()
        .filter(|m| m.raw == "2个百分点")
        .map(|m| m.kind)
        .collect();
    assert_eq!(gaps, [Some(NumberKind::Growth), Some(NumberKind::Amount)]);
}

#[test]
fn a_growth_rates_value_after_a_streak_is_a_growth() {
    let ms = summary("我市地区生产总值增速连续四年超过6%,2021-2024年年均增长7.4%。");
    assert_eq!(find(&ms, "6%").kind, Some(NumberKind::Growth));
    assert_eq!(label(&ms, "7.4%"), "地区生产总值年均增长");
}
