//! Which numbers are indicators as reports of the genre write them: counts in words of things built
//! or done, streaks, marks crossed in a list or in words, and numbers that only name, as a policy's
//! articles, a version, a design speed, a line of digits or a time of day (issue "Numbers on
//! reports it has never seen"), one test per class of text; the other classes are in the other
//! `numbers_genre*.rs` files. Each sentence is made up in the shape the corpus shows; none is
//! copied from a gold report.

mod common;

use common::{find, label, summary};
use report::NumberKind;

#[test]
fn a_list_with_its_own_noun_after_the_count_counts_its_items() {
    // `发布40条…清单`: items of a list, counted; `出台稳链纾困35条`: a policy's name.
    let ms =
        summary("发布40条社区名中医服务资源清单。出台稳链纾困35条、稳经济促发展10条等系列政策。");
    assert!(find(&ms, "40条").is_indicator);
    assert!(!find(&ms, "35条").is_indicator);
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
fn a_line_of_digits_only_measures_nothing() {
    let ms = summary("2025220");
    assert!(ms.iter().all(|m| !m.is_indicator));
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
fn a_time_of_day_after_a_date_is_no_ratio() {
    let ms = summary("发布时间：2016-03-09 19:29:46。三次产业结构调整为12:45:43。");
    assert!(!find(&ms, "19:29:46").is_indicator);
    assert_eq!(find(&ms, "12:45:43").kind, Some(NumberKind::Rate));
}
