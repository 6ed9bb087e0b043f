//! Shares and ratios as reports of the genre write them: zeros, fractions, percentages in words,
//! shares of a whole, ratios and multiples of an earlier level (issue "Numbers on reports it has
//! never seen"), one test per class of text; the other classes are in the other `numbers_genre*.rs`
//! files. Each sentence is made up in the shape the corpus shows; none is copied from a gold
//! report.

mod common;

use common::{find, label, summary};
use report::NumberKind;

#[test]
fn a_multiple_of_an_earlier_level_is_a_rate_that_names_its_base() {
    let ms = summary("全市进出口总额完成86亿元，是2015年的1.6倍。");
    let m = find(&ms, "1.6倍");
    assert_eq!(m.kind, Some(NumberKind::Rate));
    assert_eq!(m.label.as_deref(), Some("全市进出口总额是2015年的倍数"));
    // A growth by a multiple stays a growth.
    let ms = summary("快递业务量增长1.5倍。");
    assert_eq!(find(&ms, "1.5倍").kind, Some(NumberKind::Growth));
}

#[test]
fn later_items_of_a_list_of_multiples_are_multiples_too() {
    let ms = summary("存款余额210亿元、贷款余额90亿元，分别是2015年的1.5倍和1.7倍。");
    assert_eq!(find(&ms, "1.5倍").kind, Some(NumberKind::Rate));
    assert_eq!(find(&ms, "1.7倍").kind, Some(NumberKind::Rate));
}

#[test]
fn a_fraction_of_a_whole_is_a_rate() {
    let ms = summary("全市外贸进出口总额占全省的1/5。");
    let m = find(&ms, "1/5");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (Some(NumberKind::Rate), Some(0.2), None)
    );
    // Right after the whole it is a part of, without `占` or `的`.
    let ms = summary("蔬菜进京每日超过500吨，达到全省总量1/6，相当于全市1/3。");
    for (raw, v) in [("1/6", 1.0 / 6.0), ("1/3", 1.0 / 3.0)] {
        let m = find(&ms, raw);
        assert_eq!(
            (m.kind, m.value),
            (Some(NumberKind::Rate), Some(v)),
            "{raw}"
        );
    }
    // Not a share: a name with a slash.
    let ms = summary("开通24/7服务热线。");
    assert!(!find(&ms, "24/7").is_indicator);
}

#[test]
fn a_share_without_a_subject_of_its_own_is_a_share_of_the_level_before_it() {
    let ms = summary("全年用于教育的财政支出达到6.2亿元，占全年支出的21.5%。");
    let idx = |raw: &str| ms.iter().position(|m| m.raw == raw);
    assert_eq!(label(&ms, "21.5%"), "用于教育的财政支出占全年支出");
    assert_eq!(find(&ms, "21.5%").relates_to, idx("6.2亿元"));
}

#[test]
fn a_multiple_of_a_level_with_a_generic_head_keeps_the_head() {
    // The level's label is what is multiplied: `固定资产投资`, not the subject `固定资产`.
    let ms = summary("固定资产投资完成77.6亿元，是2011年的1.89倍。");
    assert_eq!(label(&ms, "1.89倍"), "固定资产投资是2011年的倍数");
}

#[test]
fn what_is_cleared_to_none_is_an_amount_of_zero() {
    // `清零`: the thing cleared is measured at none; the verb and its adverbs are no label.
    let ms = summary("现全街村级债务已清零，拖欠农民工工资问题动态清零。");
    let zeros: Vec<(&str, Option<f64>, Option<NumberKind>)> = ms
        .iter()
        .filter(|m| m.raw == "零")
        .map(|m| (m.label.as_deref().unwrap_or(""), m.value, m.kind))
        .collect();
    assert_eq!(
        zeros,
        [
            ("现全街村级债务", Some(0.0), Some(NumberKind::Amount)),
            ("拖欠农民工工资问题", Some(0.0), Some(NumberKind::Amount))
        ]
    );
}

#[test]
fn a_result_of_none_is_an_amount_of_zero_of_its_thing() {
    // `零感染`: the thing counted follows `零`, after its subject; `零发生`: the verb follows,
    // the subject is the thing. A result quoted with its subject counts; a quoted campaign or
    // policy name (`“零事故”`, `“动态清零”`) does not.
    let ms = summary(
        "圆满实现“确诊患者零死亡、医护人员零感染”，全年安全事故零发生。开展“零事故”创建，坚持“动态清零”。",
    );
    let zeros: Vec<(&str, bool)> = ms
        .iter()
        .filter(|m| m.raw == "零")
        .map(|m| (m.label.as_deref().unwrap_or(""), m.is_indicator))
        .collect();
    assert_eq!(
        zeros,
        [
            ("确诊患者死亡", true),
            ("医护人员感染", true),
            ("安全事故", true)
        ]
    );
}

#[test]
fn a_zero_result_stressed_in_quotes_that_close_its_clause_counts() {
    // `实现“零感染”“零死亡”。`: the quote stresses a result of none; a zero listed after
    // another shares its subject, a scope alone names no one. A quoted `清零` after what is
    // cleared (`确诊病例全部“清零”`, `“双清零”`) too. The name of a policy or a campaign that
    // goes on (`“零关税”清单`, `“清零行动”`) or that is followed (`坚持“动态清零”`) does not.
    let ms = summary(
        "全镇顺利实现“零感染”“零死亡”。全市群众实现“零感染”。确诊病例全部“清零”。疑似和确诊病例“双清零”，牢牢守住防线。三张“零关税”清单扩容。开展“清零行动”。坚持“动态清零”。实现出口“零的突破”。",
    );
    let zeros: Vec<&str> = ms
        .iter()
        .filter(|m| m.raw == "零" && m.is_indicator)
        .map(|m| m.label.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        zeros,
        ["感染", "死亡", "全市群众感染", "确诊病例", "疑似和确诊病例"]
    );
}

#[test]
fn a_fraction_in_words_is_a_share() {
    // `五分之一` as `1/5`: a rate with its value, after `占…的`; elsewhere no mention of its own.
    let ms = summary("争取专项债券44.2亿元，占全省的五分之一。超过三分之二的村实现增收。");
    let m = find(&ms, "五分之一");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (Some(NumberKind::Rate), Some(0.2), None)
    );
    assert!(ms.iter().all(|m| !m.raw.contains("三分之二")));
    // `接近一半`: a half, `接近` a bound like `近`.
    let ms = summary("三产占GDP比重接近一半。一半以上的村通了公交。");
    let m = find(&ms, "一半");
    assert_eq!(
        (m.kind, m.value, m.label.as_deref()),
        (Some(NumberKind::Rate), Some(0.5), Some("三产占GDP比重"))
    );
    assert_eq!(ms.iter().filter(|m| m.raw == "一半").count(), 1);
}

#[test]
fn a_share_names_the_whole_its_sentence_opens_with() {
    // `在X中，A占N%`: the whole is in the sentence's first clause, not after `占`.
    let ms = summary("在规上工业增加值中，制造业增加值占90.6%，高新技术产业增加值占68.5%。");
    assert_eq!(label(&ms, "90.6%"), "规上工业增加值中制造业增加值占");
    assert_eq!(label(&ms, "68.5%"), "规上工业增加值中高新技术产业增加值占");
    // A share that names its whole keeps its own words.
    let ms = summary("在各项工作中，民营经济增加值占全区的60%。");
    assert_eq!(label(&ms, "60%"), "民营经济增加值占全区");
}

#[test]
fn ratio_signs_counters_and_gaps_after_a_subjects_own_growth_word() {
    // `5.7∶50.4∶43.9` (the ratio sign U+2236) is one ratio; `53.5万羽` counts poultry;
    // `规模以上工业完成增加值` drops the light verb; `增速高出全国6.5个百分点` is a gap, not a growth.
    let ms = summary("三次产业结构比例为5.7∶50.4∶43.9。家禽出栏53.5万羽。规模以上工业完成增加值7200亿元。煤炭工业增速高出全国6.5个百分点。");
    assert_eq!(find(&ms, "5.7∶50.4∶43.9").kind, Some(NumberKind::Rate));
    assert_eq!(find(&ms, "53.5万羽").base_value, Some(535000.0));
    assert_eq!(label(&ms, "7200亿元"), "规模以上工业增加值");
    assert_eq!(find(&ms, "6.5个百分点").kind, Some(NumberKind::Amount));
    let ms = summary("城镇化率比上年提高1.2个百分点。");
    assert_eq!(find(&ms, "1.2个百分点").kind, Some(NumberKind::Growth));
}

#[test]
fn a_share_of_a_plan_done_is_of_the_figure_before_it() {
    let ms = summary("实际到账外资2350万美元，完成年计划118.5%。");
    assert_eq!(label(&ms, "118.5%"), "实际到账外资完成年计划");
}

#[test]
fn a_share_that_opens_its_clause_is_of_what_follows_its_de() {
    let ms = summary("改造农村公路3200公里，98%的行政村通达快递服务。");
    assert_eq!(label(&ms, "98%"), "行政村通达快递服务");
}

#[test]
fn a_ratio_to_one_has_its_first_term_as_value() {
    let ms = summary("城乡居民收入比由2.05:1缩小到1.98:1，三次产业结构为8.1:45.2:46.7。");
    assert_eq!(find(&ms, "2.05:1").value, Some(2.05));
    assert_eq!(find(&ms, "1.98:1").value, Some(1.98));
    assert_eq!(find(&ms, "8.1:45.2:46.7").value, None);
}

#[test]
fn a_ratio_is_one_mention_with_any_colon_a_report_is_copied_with() {
    // ASCII, full width, the ratio sign and the small form `﹕`; `由…优化为…` is a from-to frame.
    let ms = summary("三次产业结构由9.5﹕46.8﹕43.7优化为9.0∶46.5∶44.5，城乡收入比为1.9：1。");
    assert_eq!(ms.iter().filter(|m| m.is_indicator).count(), 3);
    assert_eq!(find(&ms, "9.5﹕46.8﹕43.7").kind, Some(NumberKind::Rate));
    assert_eq!(label(&ms, "9.5﹕46.8﹕43.7"), "三次产业结构");
    assert_eq!(label(&ms, "9.0∶46.5∶44.5"), "三次产业结构");
    assert_eq!(find(&ms, "1.9：1").value, Some(1.9));
}

#[test]
fn a_percentage_in_words_is_a_value_in_percent() {
    let ms = summary("覆盖率达到百分之九十五，税收增长百分之30，564户百分百签约。");
    let m = find(&ms, "百分之九十五");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (Some(NumberKind::Rate), Some(95.0), Some("%"))
    );
    assert_eq!(label(&ms, "百分之九十五"), "覆盖率");
    let m = find(&ms, "百分之30");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Growth), Some(30.0)));
    assert_eq!(find(&ms, "百分百").value, Some(100.0));
    // `百分比` is a word, no value.
    let ms = summary("占比提高2个百分比。");
    assert!(ms.iter().all(|m| !m.raw.starts_with('百')));
}

#[test]
fn a_share_reached_before_what_it_measures_is_the_share_of_that() {
    let ms = summary("全村实现100%覆盖，行政村达到百分之百通硬化路。");
    assert_eq!(label(&ms, "100%"), "全村覆盖");
    assert_eq!(label(&ms, "百分之百"), "行政村通硬化路");
    // A share with its noun before it keeps that noun.
    let ms = summary("拆后修复率达到90%以上。");
    assert_eq!(label(&ms, "90%"), "拆后修复率");
}

#[test]
fn a_share_that_names_only_itself_is_of_the_subject_before_it() {
    // `其中税收收入增长17.2%，占比达到77.9%`: the taxes' share.
    let ms = summary("一般公共预算收入达到86.3亿元，其中税收收入增长12.1%，占比达到75.2%。");
    assert_eq!(label(&ms, "75.2%"), "税收收入占比");
}

#[test]
fn a_share_of_the_years_progress_is_of_the_figure_before_it() {
    let ms = summary("1-10月累计完成一般预算收入1832万,完成全年进度92.99%,同比增长31.8%。");
    assert_eq!(label(&ms, "92.99%"), "一般预算收入完成全年进度");
    assert_eq!(label(&ms, "31.8%"), "一般预算收入同比增长");
}

#[test]
fn a_share_with_no_figure_before_it_is_of_the_sentences_subject() {
    // The figures before it are marks crossed, no measures.
    let ms =
        summary("地区生产总值先后突破500亿元大关、迈上550亿元新台阶，占全州GDP比重连续5年超18%。");
    assert_eq!(label(&ms, "18%"), "地区生产总值占全州GDP比重");
}

#[test]
fn a_bare_share_after_a_subject_naming_its_share_says_it_once_and_a_years_du_is_the_years() {
    // `上半年度占比`: `上半年度` is the period, `占比` the share `…比重` already names.
    let ms = summary("非房收入占区级收入比重稳步提升,上半年度占比达到14%。");
    assert_eq!(label(&ms, "14%"), "非房收入占区级收入比重");
}
