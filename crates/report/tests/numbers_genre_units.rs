//! Units and counters as reports of the genre write them: counters of trips, cases, doses, sets,
//! departments, quarters, working days, rounds and times a thing was done, and a value per unit of
//! another (issue "Numbers on reports it has never seen"), one test per class of text; the other
//! classes are in the other `numbers_genre*.rs` files. Each sentence is made up in the shape the
//! corpus shows; none is copied from a gold report.

mod common;

use common::{find, label, summary};
use report::NumberKind;

#[test]
fn sets_of_machines_and_cases_of_glass_are_units_and_lifts_are_counted() {
    let ms = summary("推广使用工业机器人1000余台套，压减平板玻璃产能330万重量箱。老楼加装电梯新开工1000部、完工600部。");
    assert_eq!(find(&ms, "1000余台套").unit.as_deref(), Some("台套"));
    assert_eq!(find(&ms, "330万重量箱").base_value, Some(3_300_000.0));
    assert_eq!(label(&ms, "600部"), "老楼加装电梯完工");
}

#[test]
fn times_a_thing_was_done_are_counted() {
    // `两次亲临`: how often; `三次产业`, a session (`五次全会`) and `二次供水` are names.
    let ms = summary("习近平总书记两次视察河北并作出重要指示。");
    assert_eq!(find(&ms, "两次").value, Some(2.0));
    assert_eq!(label(&ms, "两次"), "习近平总书记视察河北");
    let ms = summary("三次产业结构优化，贯彻区委十四届五次全会精神，改造二次供水设施。");
    assert!(ms.iter().all(|m| !m.raw.ends_with('次')), "{ms:?}");
}

#[test]
fn banners_letters_and_lessons_are_counted() {
    let ms = summary("获赠锦旗114面、感谢信901封，开设社区党校课程100余堂。");
    assert_eq!(find(&ms, "114面").unit.as_deref(), Some("面"));
    assert_eq!(find(&ms, "901封").unit.as_deref(), Some("封"));
    assert_eq!(find(&ms, "100余堂").unit.as_deref(), Some("堂"));
}

#[test]
fn times_a_thing_was_done_count_all_that_was_done() {
    // `大庆四次获得国务院表彰激励`: the subject, then what it did that many times, whole.
    let ms = summary("大庆四次获得国务院表彰激励，入选全国示范区。");
    assert_eq!(label(&ms, "四次"), "大庆获得国务院表彰激励");
}

#[test]
fn buildings_counted_by_zhuang_and_an_investment_planned_take_their_owner() {
    let ms = summary("认定重点楼宇3幢。园区引进项目120个，计划投资额近300亿元。");
    assert_eq!(find(&ms, "3幢").unit.as_deref(), Some("幢"));
    assert_eq!(label(&ms, "300亿元"), "园区引进项目计划投资额");
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
fn departments_are_counted_in_their_own_unit() {
    // `等4部门联合表彰`: four departments, not four `部` (films, phones) and a `门`.
    let ms = summary("获省民政厅等4部门联合表彰，拍摄微电影3部。");
    assert_eq!(find(&ms, "4部门").unit.as_deref(), Some("部门"));
    assert_eq!(find(&ms, "3部").unit.as_deref(), Some("部"));
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
