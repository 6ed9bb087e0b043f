//! Changes and comparisons as reports of the genre write them: growths and falls, levels reached,
//! comparisons with a year and gaps to a benchmark (issue "Numbers on reports it has never seen"),
//! one test per class of text; the other classes are in the other `numbers_genre*.rs` files. Each
//! sentence is made up in the shape the corpus shows; none is copied from a gold report.

mod common;

use common::{find, label, summary};
use report::NumberKind;

#[test]
fn a_change_after_a_comparison_with_an_earlier_time_is_a_growth() {
    let ms = summary("农民人均纯收入达到9800元，比上年增加860元。");
    assert_eq!(find(&ms, "860元").kind, Some(NumberKind::Growth));
    // Without the comparison, `增加` before a counted noun is an amount.
    let ms = summary("增加公共停车位1200个。");
    assert_eq!(find(&ms, "1200个").kind, Some(NumberKind::Amount));
}

#[test]
fn a_gap_to_another_place_written_with_bi_is_of_the_level_before_it() {
    let ms = summary("人均地区生产总值5.18万元，比上年增加0.17万元，比全省高1.18万元。");
    assert_eq!(label(&ms, "1.18万元"), "人均地区生产总值比全省高");
    let idx = ms.iter().position(|m| m.raw == "5.18万元");
    assert_eq!(find(&ms, "1.18万元").relates_to, idx);
}

#[test]
fn a_weak_verb_before_a_number_that_ends_its_clause_is_a_growth() {
    let ms = summary("全市基本养老保险参保人数增加12.6万人。");
    assert_eq!(find(&ms, "12.6万人").kind, Some(NumberKind::Growth));
    assert_eq!(label(&ms, "12.6万人"), "全市基本养老保险参保人数增加");
}

#[test]
fn a_verb_of_more_income_spending_or_output_compared_with_a_year_is_a_growth() {
    let ms =
        summary("一般预算支出384.5亿元，比上年增支96.5亿元；税收比上年增收8亿元，粮食增产3万吨。");
    for raw in ["96.5亿元", "8亿元", "3万吨"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Growth), "{raw}");
    }
    assert_eq!(label(&ms, "96.5亿元"), "一般预算支出比上年增支");
    // A verb that adds new things counts them.
    let ms = summary("增产增效项目12个投产。");
    assert_eq!(find(&ms, "12个").kind, Some(NumberKind::Amount));
}

#[test]
fn a_growth_rate_that_reaches_or_holds_a_level_is_a_growth() {
    let ms = summary("规模以上工业增加值增速达到8.6%，固定资产投资增速保持在10%。");
    assert_eq!(find(&ms, "8.6%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "10%").kind, Some(NumberKind::Growth));
}

#[test]
fn a_comparison_with_a_year_stays_in_the_label_as_its_basis() {
    let ms = summary("人均住房面积比2010年提高17%。");
    assert_eq!(label(&ms, "17%"), "人均住房面积比2010年提高");
    // The clause after a level borrows its subject and keeps its own basis.
    let ms = summary("全镇农村经济总收入达2.39亿元，较2018年增长6.4%。");
    assert_eq!(label(&ms, "6.4%"), "全镇农村经济总收入较2018年增长");
    // Every item of a list shares the basis.
    let ms = summary("城乡居民人均可支配收入分别比2011年增加8129元和7091元。");
    assert_eq!(label(&ms, "8129元"), "城镇居民人均可支配收入比2011年增加");
    assert_eq!(label(&ms, "7091元"), "农村居民人均可支配收入比2011年增加");
    // A from-to frame names its values, not a basis.
    let ms = summary("地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元。");
    assert_eq!(label(&ms, "287.9亿元"), "地区生产总值");
}

#[test]
fn a_growth_verb_acting_on_a_count_of_named_things_is_no_growth() {
    let ms = summary("提升8个县级物流中心，提高2个百分点，人均收入提高500元。");
    assert_eq!(find(&ms, "8个").kind, Some(NumberKind::Amount));
    assert_eq!(find(&ms, "2个百分点").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "500元").kind, Some(NumberKind::Growth));
}

#[test]
fn cutting_a_measured_quantity_by_an_amount_is_a_fall_of_it() {
    let ms = summary("压减煤炭消费量120万吨，削减化工产能30万吨，减少贫困村12个。");
    let m = find(&ms, "120万吨");
    assert_eq!(
        (m.kind, m.direction),
        (Some(NumberKind::Growth), Some(report::Direction::Down))
    );
    assert_eq!(find(&ms, "30万吨").kind, Some(NumberKind::Growth));
    // Cutting a count of things is an amount.
    assert_eq!(find(&ms, "12个").kind, Some(NumberKind::Amount));
}

#[test]
fn a_level_reached_is_the_level_not_its_change() {
    let ms = summary("常住人口城镇化率提高到63.5%，PM10平均浓度下降至58微克/立方米。");
    let m = find(&ms, "63.5%");
    assert_eq!(
        (m.kind, label(&ms, "63.5%")),
        (Some(NumberKind::Rate), "常住人口城镇化率")
    );
    assert_eq!(label(&ms, "58微克/立方米"), "PM10平均浓度");
}

#[test]
fn a_comparison_with_a_benchmark_is_of_the_number_before_it() {
    let ms = summary("规模以上工业增加值增长9.2%，高于全省平均2.1个百分点。");
    let idx = |raw: &str| ms.iter().position(|m| m.raw == raw);
    assert_eq!(find(&ms, "2.1个百分点").relates_to, idx("9.2%"));
    assert_eq!(
        label(&ms, "2.1个百分点"),
        "规模以上工业增加值增长高于全省平均"
    );
    // A gap to the plan (`超额完成年度任务`) compares the level whole; a growth after it is the
    // level's.
    let ms = summary("固定资产投资完成17亿元，超额完成年度任务2.1亿元，增长20.6%。");
    assert_eq!(label(&ms, "2.1亿元"), "固定资产投资超额完成年度任务");
    assert_eq!(label(&ms, "20.6%"), "固定资产投资增长");
    let level = ms.iter().position(|m| m.raw == "17亿元");
    assert_eq!(find(&ms, "20.6%").relates_to, level);
    let ms = summary("地区生产总值增长8.4%，超过全省0.4个百分点。");
    let m = find(&ms, "0.4个百分点");
    assert_eq!(
        (m.kind, m.label.as_deref()),
        (Some(NumberKind::Amount), Some("地区生产总值增长超过全省"))
    );
}

#[test]
fn a_doubling_in_fan_is_a_growth() {
    let ms = summary("城乡居民收入翻一番，经济总量比2012年翻了近两番。");
    let m = find(&ms, "一番");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (Some(NumberKind::Growth), Some(1.0), Some("番"))
    );
    assert_eq!(label(&ms, "一番"), "城乡居民收入翻番");
    assert_eq!(find(&ms, "两番").value, Some(2.0));
    // The base it doubles is part of what it says.
    assert_eq!(label(&ms, "两番"), "经济总量比2012年翻番");
    // `翻了两番多`: more than that, written after the unit, is part of the mention.
    let ms = summary("高新技术企业数量翻了两番多。");
    let m = find(&ms, "两番多");
    assert_eq!((m.value, m.qualifier.as_deref()), (Some(2.0), Some("多")));
}

#[test]
fn cutting_by_a_share_is_a_fall() {
    let ms = summary("削减审批事项48项，精简27.5%；“三公”经费支出压缩12.3%。");
    let m = find(&ms, "27.5%");
    assert_eq!(m.kind, Some(NumberKind::Growth));
    assert!(label(&ms, "27.5%").ends_with("审批事项精简"));
    assert_eq!(find(&ms, "12.3%").kind, Some(NumberKind::Growth));
}

#[test]
fn a_gap_to_a_benchmark_is_an_amount_of_the_level_before_it() {
    let ms = summary("畜牧、蔬菜产业占比达到67.7%，高于全省3.1个百分点。");
    let m = find(&ms, "3.1个百分点");
    assert_eq!(m.kind, Some(NumberKind::Amount));
    assert_eq!(label(&ms, "3.1个百分点"), "畜牧、蔬菜产业占比高于全省");
    // A change over time stays a growth.
    let ms = summary("占比达到67.7%，比上年提高3.1个百分点。");
    assert_eq!(find(&ms, "3.1个百分点").kind, Some(NumberKind::Growth));
}

#[test]
fn a_net_change_of_a_stock_is_a_growth() {
    // `市场主体净增36.4万户`: the size of a stock's change; `净增…企业1000家` counts things added.
    let ms = summary(
        "市场主体净增36.4万户，总量居全国第8位。户籍人口净减少300人。净增规模以上工业企业1000家。",
    );
    let m = find(&ms, "36.4万户");
    assert_eq!(
        (m.kind, m.label.as_deref()),
        (Some(NumberKind::Growth), Some("市场主体净增"))
    );
    assert_eq!(label(&ms, "第8位"), "市场主体总量全国排名");
    assert_eq!(find(&ms, "300人").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "1000家").kind, Some(NumberKind::Amount));
}

#[test]
fn a_growth_held_within_a_bound_is_a_growth() {
    let ms = summary("居民消费价格涨幅控制在3%以内，城镇登记失业率控制在4%以内。");
    assert_eq!(find(&ms, "3%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "4%").kind, Some(NumberKind::Rate));
}

#[test]
fn gaps_to_benchmarks_written_as_a_list_go_item_by_item() {
    let ms = summary("规模以上工业实现利税120.5亿元、利润66.2亿元，分别增长20.1%和15.3%，高于全省8.2个和4.6个百分点。");
    // The first value of the list has the unit written after the last.
    let m = find(&ms, "8.2个");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (Some(NumberKind::Amount), Some("个百分点"))
    );
    assert_eq!(find(&ms, "4.6个百分点").kind, Some(NumberKind::Amount));
    assert_eq!(label(&ms, "66.2亿元"), "规模以上工业利润");
    assert_eq!(label(&ms, "8.2个"), "规模以上工业利税增长高于全省");
    assert_eq!(label(&ms, "4.6个百分点"), "规模以上工业利润增长高于全省");
    // One growth against a list of benchmarks: each gap names its own.
    let ms = summary("生产总值增长9%，分别高于全国、全省3.1个和1.2个百分点。");
    assert_eq!(label(&ms, "3.1个"), "生产总值增长高于全国");
    assert_eq!(label(&ms, "1.2个百分点"), "生产总值增长高于全省");
    // Whole places written one after the other, and a multiple after them of the level.
    let ms =
        summary("地区生产总值年均增长13.7%，分别高于全国全省5.9和2.9个百分点，是2010年的1.8倍。");
    assert_eq!(label(&ms, "5.9"), "地区生产总值年均增长高于全国");
    assert_eq!(label(&ms, "2.9个百分点"), "地区生产总值年均增长高于全省");
    assert_eq!(label(&ms, "1.8倍"), "地区生产总值是2010年的倍数");
    // The subject written before the benchmarks, with no level of its own before them.
    let ms = summary("城镇化率分别高于全国、全区16.6、15.5个百分点。");
    assert_eq!(label(&ms, "16.6"), "城镇化率高于全国");
    assert_eq!(label(&ms, "15.5个百分点"), "城镇化率高于全区");
}

#[test]
fn a_basis_of_the_same_scope_or_a_plan_period_names_no_subject() {
    let ms = summary("一般公共预算总收入4200亿元、同口径增长2.3%。");
    assert_eq!(label(&ms, "2.3%"), "一般公共预算总收入同口径增长");
    let ms = summary(
        "地区生产总值620亿元、人均地区生产总值达到1.1万美元，分别比“十二五”末增长58.2%、66.4%。",
    );
    assert_eq!(label(&ms, "58.2%"), "地区生产总值比“十二五”末增长");
    assert_eq!(label(&ms, "66.4%"), "人均地区生产总值比“十二五”末增长");
}

#[test]
fn a_doubling_of_a_class_after_its_examples_is_the_classs() {
    // `绿色环保、新能源等战略性新兴产业产值翻两番`: the examples before `等` name no subject.
    let ms = summary("绿色环保、新能源、新材料等战略性新兴产业产值翻两番。");
    assert_eq!(label(&ms, "两番"), "战略性新兴产业产值翻番");
}
