//! Kinds as reports of the genre write them: which change is a growth or a fall (a cut, a minus
//! sign, a percentage before or right after a measure, a growth rate over the periods of a year),
//! which gap is an amount and which a growth, and which value is a rate: a ratio or tenths (issue
//! "Numbers on reports it has never seen"), one test per class of text; the other classes are in
//! the other `numbers_genre*.rs` files. Each sentence is made up in the shape the corpus shows;
//! none is copied from a gold report.

mod common;

use common::{find, label, plan, summary};
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
fn a_net_change_written_before_the_stock_is_a_growth() {
    // `净增注册资金126.5亿元`: the stock's change; a count of things added stays a count.
    let ms = summary("净增注册资金86.2亿元，净增就业岗位500个。");
    assert_eq!(find(&ms, "86.2亿元").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "500个").kind, Some(NumberKind::Amount));
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
