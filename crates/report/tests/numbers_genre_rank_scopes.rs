//! Rank scopes as reports of the genre write them: where a rank holds (places of a kind, a short
//! place name, a region, a contest framed by `在`, the places ranked among), which is never the
//! subject ranked (issue "Numbers on reports it has never seen"), one test per class of text; the
//! other classes are in the other `numbers_genre*.rs` files. Each sentence is made up in the shape
//! the corpus shows; none is copied from a gold report.

mod common;

use common::{find, label, summary};
use report::NumberKind;

#[test]
fn places_ranked_among_with_their_other_level_in_brackets_are_the_scope() {
    // `八县(市)`: eight counties (and county-level cities).
    let ms = summary("固定资产投资同比增长15%，增速位居八县(市)第2位。");
    assert_eq!(label(&ms, "第2位"), "固定资产投资增速八县(市)排名");
}

#[test]
fn a_scope_opened_by_zai_is_the_scope_and_the_rank_of_a_growth_borrows_its_measure() {
    let ms = summary(
        "规上工业增加值增长8.8%，高于全省平均水平1.5个百分点，增速在全省排名由第9位上升到第5位。",
    );
    for raw in ["第9位", "第5位"] {
        assert_eq!(label(&ms, raw), "规上工业增加值增速全省排名", "{raw}");
    }
    // A gap between them lends the growth's measure, not its own words.
    assert_eq!(
        label(&ms, "1.5个百分点"),
        "规上工业增加值增长高于全省平均水平"
    );
    // Places of a kind after `在` are the scope as a whole scope is.
    let ms = summary("固定资产投资211.89亿元，增长5.8%，增速在东部市县排名第一。");
    assert_eq!(label(&ms, "第一"), "固定资产投资增速东部市县排名");
}

#[test]
fn a_place_won_in_a_contest_framed_by_zai_names_who_won_and_the_contest() {
    let ms = summary("前进村在区级乡村振兴竞赛中荣获第一名。");
    assert_eq!(find(&ms, "第一名").kind, Some(NumberKind::Rank));
    assert_eq!(label(&ms, "第一名"), "前进村区级乡村振兴竞赛排名");
}

#[test]
fn provinces_and_cities_together_are_a_scope_and_a_growth_word_ranks_the_level_before_it() {
    let ms = summary("现代服务业实现增加值210.5亿元，增幅居省市前列。");
    assert_eq!(label(&ms, "前列"), "现代服务业增加值增幅省市排名");
}

#[test]
fn the_central_districts_are_a_scope_of_a_growths_rank() {
    let ms = summary("实现地区生产总值1500亿元，增长6.1%，增速居中心城区第一。");
    assert_eq!(label(&ms, "第一"), "地区生产总值增速中心城区排名");
}

#[test]
fn a_whole_scope_and_a_short_name_of_places_after_a_placing_verb_are_the_scope() {
    // `全国` then a kind of place (`经开区`, `行政区`) between the verb and the position.
    let ms = summary("综合实力连续6年位居全国经开区第三。税收总量均居全市行政区第一。");
    assert_eq!(find(&ms, "第三").kind, Some(NumberKind::Rank));
    assert_eq!(label(&ms, "第三"), "综合实力全国经开区排名");
    assert_eq!(find(&ms, "第一").kind, Some(NumberKind::Rank));
    assert_eq!(label(&ms, "第一"), "税收总量全市行政区排名");
}

#[test]
fn cities_of_a_rank_are_places_of_a_kind_and_a_first_crossing_is_a_milestone() {
    // `首破3000亿元，达到…`: the mark; `增速居副省级城市第一`: the growth's measure is ranked.
    let ms = summary("进出口总值首破2000亿元，达到2103.5亿元、增长19.6%，增速居副省级城市第一。");
    assert!(!find(&ms, "2000亿元").is_indicator);
    assert_eq!(label(&ms, "19.6%"), "进出口总值增长");
    assert_eq!(label(&ms, "第一"), "进出口总值增速副省级城市排名");
}

#[test]
fn ports_and_airports_are_places_of_a_kind() {
    // `位列全国港口第12位` after a port's throughput ranks the throughput; `标箱` counts containers.
    let ms = summary("完成集装箱运量65万标箱，完成货物吞吐量3.5亿吨、位列全国港口第12位。");
    assert_eq!(label(&ms, "第12位"), "货物吞吐量全国港口排名");
    assert_eq!(label(&ms, "65万标箱"), "集装箱运量");
}

#[test]
fn places_of_a_kind_in_a_region_are_the_scope_of_a_rank_not_its_subject() {
    // `列内地城市榜首`, `居内地大中城市第四位`: the places compared name no subject; the rank is
    // of the streak's subject or of the level before it.
    let ms = summary("深圳综合竞争力连续四年列内地城市榜首。本市生产总值2009年达到8201亿元，居内地大中城市第四位。");
    assert_eq!(label(&ms, "榜首"), "深圳综合竞争力内地城市排名");
    assert_eq!(label(&ms, "第四位"), "本市生产总值内地大中城市排名");
}

#[test]
fn a_short_place_name_after_the_placing_verb_is_the_scope() {
    // `增速居温州第二`: `温州` is where the rank holds (as `全市` is), so the rank is of the
    // growth before it.
    let ms = summary("全市实现地区生产总值370.14亿元，增长6.2%，增速居温州第二。");
    assert_eq!(label(&ms, "第二"), "地区生产总值增速温州排名");
}

#[test]
fn the_head_of_the_places_ranked_among_is_the_first_place() {
    let ms = summary("其中中央预算内资金1.43亿元、超长期特别国债资金3.96亿元，总量均居三县之首。");
    let m = find(&ms, "首");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(1.0)));
    assert!(label(&ms, "首").ends_with("总量三县排名"));
    // `之首` inside a word is no place.
    let ms = summary("这是工作之首要任务。");
    assert!(ms.iter().all(|m| m.raw != "首"));
}

#[test]
fn a_word_before_a_kind_of_places_ranked_among_names_which_of_them() {
    let ms = summary("牧区常住居民人均可支配收入连续33年位居全区牧业旗县首位。");
    assert_eq!(
        label(&ms, "首位"),
        "牧区常住居民人均可支配收入全区牧业旗县排名"
    );
}

#[test]
fn a_position_right_after_places_of_a_kind_counted_or_scoped_is_a_rank() {
    // `增速五城区第一`, `全省同类开发区第四`: among places counted or in a whole scope, a position
    // at its phrase's end ranks with no verb; the places are scope, not subject.
    let ms = summary("规上工业增加值增速五城区第一;开发区绩效考核全省同类开发区第四,势头强劲。");
    assert_eq!(label(&ms, "第一"), "规上工业增加值增速五城区排名");
    assert_eq!(label(&ms, "第四"), "开发区绩效考核全省同类开发区排名");
    assert_eq!(find(&ms, "第四").value, Some(4.0));
    // An ordinal of a batch goes on after the position: no rank.
    let ms = summary("五城区第一批试点启动。");
    assert!(ms.iter().all(|m| m.kind != Some(NumberKind::Rank)));
}

#[test]
fn a_named_place_and_its_kind_of_places_after_the_verb_are_scope() {
    // `排南宁市县域第一`, `总量稳居南宁市县域第一`: a city's counties ranked among; what is
    // ranked is the subject before.
    let ms = summary(
        "一般公共预算收入增长20.87%,排南宁市县域第一。税收收入增长18.46%、排南宁市县域第二。",
    );
    assert_eq!(label(&ms, "第一"), "一般公共预算收入南宁市县域排名");
    assert_eq!(label(&ms, "第二"), "税收收入南宁市县域排名");
    let ms = summary("全市地区生产总值完成423.46亿元,总量稳居南宁市县域第一。");
    assert_eq!(label(&ms, "第一"), "全市地区生产总值总量南宁市县域排名");
}

#[test]
fn places_of_a_kind_opening_the_clause_after_a_rank_rank_too() {
    // `总量保持全市第二，中心城区第一`: the same subject, ranked among the central districts.
    let ms =
        summary("前三季度实现地区生产总值2379.80亿元,总量保持全市第二,中心城区第一,可比增长5.5%。");
    let m = find(&ms, "第一");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(1.0)));
    // Not after anything but a rank.
    let ms = summary("新建学校3所,城区第一批试点启动。");
    assert!(ms.iter().all(|m| m.kind != Some(NumberKind::Rank)));
}
