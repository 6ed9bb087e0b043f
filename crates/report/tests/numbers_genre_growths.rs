//! Growth labels as reports of the genre write them: what a growth, a change in points, a rate of
//! the level or a basis after a level is of, and the values of a from-to frame (issue "Numbers on
//! reports it has never seen"), one test per class of text; the other classes are in the other
//! `numbers_genre*.rs` files. Each sentence is made up in the shape the corpus shows; none is
//! copied from a gold report.

mod common;

use common::{find, label, summary};
use report::NumberKind;

#[test]
fn a_from_value_at_a_time_leaves_the_time_out_of_the_subject() {
    let ms = summary(
        "人均生产总值由“十五”末的2100美元提高到5600美元，高新技术企业由2017年820家增长到3100家。",
    );
    assert_eq!(label(&ms, "2100美元"), "人均生产总值");
    assert_eq!(label(&ms, "5600美元"), "人均生产总值");
    assert_eq!(label(&ms, "820家"), "高新技术企业");
    // A share's words name no subject: the frame finds it before them.
    let ms = summary("地方财政收入120亿元，占生产总值比重由上年的9.1%提高到9.8%。");
    assert_eq!(label(&ms, "9.1%"), "地方财政收入占生产总值比重");
}

#[test]
fn a_subject_clause_before_a_growth_keeps_its_measure_and_leaves_what_it_says_of_the_rate() {
    let ms = summary("规模以上工业增加值增速由负转正，增长2.5%以上。");
    assert_eq!(label(&ms, "2.5%"), "规模以上工业增加值增长");
}

#[test]
fn a_bare_growth_after_a_clause_on_a_rate_is_of_that_clauses_subject() {
    // `其中金融业增速最高，年均增长14%`: nearer than the sentence's earlier subject.
    let ms = summary("四大产业年均增长11%，其中金融业增速最高、拉动力最强，年均增长14%。");
    assert_eq!(label(&ms, "14%"), "金融业年均增长");
    // A clause that says no rate lends nothing: the earlier subject stands.
    let ms = summary("利润增长5%，预计年底可转负为正，增幅约1%。");
    assert_eq!(label(&ms, "1%"), "利润增幅");
}

#[test]
fn a_level_before_a_per_unit_frame_ends_before_the_frame() {
    // `由每年每亩19元提高到25元`: the from-value's per-unit words say how it is counted; the
    // count before the frame counts the things, not the frame.
    let ms = summary("4000万亩省级以上生态公益林补偿标准由每年每亩19元提高到25元。");
    assert_eq!(label(&ms, "4000万亩"), "省级以上生态公益林补偿标准");
    assert_eq!(label(&ms, "19元"), "省级以上生态公益林补偿标准");
}

#[test]
fn the_level_a_share_reached_in_a_frame_is_the_same_parts_share() {
    // `X…，占生产总值比重由上年的9.6%提高到10.8%`: both values are X's share.
    let ms = summary("地方一般预算收入178.2亿元，增长23%，占生产总值比重由上年的9.6%提高到10.8%。");
    assert_eq!(label(&ms, "9.6%"), "地方一般预算收入占生产总值比重");
    assert_eq!(label(&ms, "10.8%"), "地方一般预算收入占生产总值比重");
}

#[test]
fn a_from_value_at_its_peak_is_framed_like_one_at_a_time() {
    // `由最高5.81%降至1.6%`: the peak says when, like `由上年的`; both values are the rate's.
    let ms = summary("贷款不良率由最高5.81%降至1.6%。");
    assert_eq!(label(&ms, "5.81%"), "贷款不良率");
    assert_eq!(label(&ms, "1.6%"), "贷款不良率");
}

#[test]
fn a_change_in_points_after_a_share_is_a_change_of_the_share() {
    // `占生产总值的比重达到41.5%，比上年提高2.7个百分点`: the points are the share's, named whole.
    let ms = summary("第三产业增加值714.37亿元，比上年增长15.5%，占生产总值的比重达到41.5%，比上年提高2.7个百分点。");
    assert_eq!(
        label(&ms, "2.7个百分点"),
        "第三产业增加值占生产总值的比重比上年提高"
    );
}

#[test]
fn the_stage_of_a_level_is_no_part_of_what_a_later_number_measures() {
    // `工业产值累计达6.88亿元，同比增长2.25%`: the growth is of the output, not of `累计`.
    let ms = summary("工业产值累计达6.88亿元，同比增长2.25%。");
    assert_eq!(label(&ms, "2.25%"), "工业产值同比增长");
    let ms = summary("全社会固定资产投资累计完成2039亿元，年均增速16.5%。");
    assert_eq!(label(&ms, "16.5%"), "全社会固定资产投资年均增速");
}

#[test]
fn growth_on_the_same_basis_names_no_subject_of_its_own() {
    // `同比口径增长`: the basis of the comparison, the measure is the level's before it.
    let ms = summary("一般公共预算收入80.5亿元，同比口径增长3.6%。");
    assert_eq!(label(&ms, "3.6%"), "一般公共预算收入同比口径增长");
}

#[test]
fn a_headline_indicators_head_is_part_of_its_name() {
    // `固定资产投资…，四年累计3847.77亿元，年均增长22.1%`: later numbers measure the investment,
    // not `固定资产`.
    let ms = summary("固定资产投资达到1325.29亿元，四年累计3847.77亿元，年均增长22.1%。");
    assert_eq!(label(&ms, "22.1%"), "固定资产投资年均增长");
}

#[test]
fn a_bare_measure_in_a_from_to_frame_is_of_the_sentences_thing() {
    // `…总产值从…增加到…，增加值从4364.33亿元增加到4924.88亿元`: `增加值` holds a growth verb
    // but names the measure; the thing is the one the sentence is about.
    let ms = summary(
        "规模以上工业总产值从1.95万亿元增加到2.33万亿元，增加值从4364.33亿元增加到4924.88亿元。",
    );
    assert_eq!(label(&ms, "4364.33亿元"), "规模以上工业增加值");
    assert_eq!(label(&ms, "4924.88亿元"), "规模以上工业增加值");
}

#[test]
fn a_growth_against_the_start_of_the_year_is_of_the_balance_before_it() {
    // `存款余额520亿元，比年初增长8.2%`: balances grow against the year's start, as others
    // against the year before.
    let ms =
        summary("各项存款余额达到520亿元，比年初增长8.2%；贷款余额400亿元，较年初增加28亿元。");
    assert_eq!(label(&ms, "8.2%"), "各项存款余额比年初增长");
    assert_eq!(label(&ms, "28亿元"), "贷款余额较年初增加");
}

#[test]
fn a_level_word_after_a_measure_is_no_part_of_what_its_growth_measures() {
    // `投资绝对额19.4亿元，同比增速-21.4%`: `绝对额` says the level is meant.
    let ms = summary("全社会固定资产投资绝对额19.4亿元,同比增速-21.4%,全区排名第七。");
    assert_eq!(label(&ms, "-21.4%"), "全社会固定资产投资同比增速");
}

#[test]
fn a_flat_level_of_an_index_is_a_rate_named_by_the_index() {
    // `居民消费价格指数同比持平（100）`: an index's level; `持平` is said of it.
    let ms = summary("居民消费价格指数同比持平(100),涨幅较上年同期收窄3.7个百分点,全省排第4位。");
    let m = find(&ms, "100");
    assert_eq!(m.kind, Some(NumberKind::Rate));
    assert_eq!(label(&ms, "100"), "居民消费价格指数");
    assert_eq!(
        label(&ms, "3.7个百分点"),
        "居民消费价格指数涨幅较上年同期收窄"
    );
}

#[test]
fn places_moved_after_a_rank_and_points_after_a_growth_change_them() {
    // `排名全省第4，较上年前移2位`: the rank moved; `增长3.8%，较上年提高0.3个百分点`: the
    // growth rate rose, not the income.
    let ms = summary("社会消费品零售总额增长6.9%,排名全省第4,较上年前移2位;一般公共预算收入增长3.8%,较上年提高0.3个百分点。");
    assert_eq!(label(&ms, "2位"), "社会消费品零售总额全省排名较上年前移");
    assert_eq!(label(&ms, "0.3个百分点"), "一般公共预算收入增长较上年提高");
}

#[test]
fn a_basis_alone_measures_the_subject_before_on_that_basis() {
    // `自然增幅`, `同口径完成`: the same revenue, counted another way.
    let ms = summary("地方一般公共预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元，增幅6.1%。");
    assert_eq!(label(&ms, "2%"), "地方一般公共预算收入自然增幅");
    assert_eq!(label(&ms, "3.67亿元"), "地方一般公共预算收入同口径");
    assert_eq!(label(&ms, "6.1%"), "地方一般公共预算收入同口径增幅");
}

#[test]
fn a_value_in_brackets_after_a_reference_is_that_references_value() {
    // `完成预期目标(5100万元)139.3%`: the target's value, then the share of it done.
    let ms = summary(
        "完成税收收入7106万元，完成预期目标(5100万元)139.3%，比上年同期(5181万元)增长37.2%。",
    );
    assert_eq!(label(&ms, "5100万元"), "税收收入预期目标");
    assert_eq!(label(&ms, "139.3%"), "税收收入完成预期目标");
    assert_eq!(label(&ms, "5181万元"), "上年同期税收收入");
    assert_eq!(label(&ms, "37.2%"), "税收收入比上年同期增长");
    let level = ms.iter().position(|m| m.raw == "7106万元");
    assert_eq!(find(&ms, "139.3%").relates_to, level);
    assert_eq!(find(&ms, "37.2%").relates_to, level);
}

#[test]
fn a_growth_after_a_share_of_the_work_done_is_of_the_level() {
    let ms = summary("完成税收收入7106万元，完成预期目标的139.3%，比上年同期增长37.2%。");
    let level = ms.iter().position(|m| m.raw == "7106万元");
    assert_eq!(find(&ms, "37.2%").relates_to, level);
}

#[test]
fn a_lead_on_the_schedule_is_of_the_level_before_it() {
    let ms = summary("完成固定资产投资34301万元，超序时进度24.7%。");
    assert_eq!(label(&ms, "24.7%"), "固定资产投资超序时进度");
}

#[test]
fn a_growth_in_brackets_after_its_level_keeps_its_wording() {
    let ms = summary(
        "区级税收贡献7.75亿元（同比增长8.8%），快递服务业务量和业务收入分别增长44.7%、46%。",
    );
    assert_eq!(label(&ms, "8.8%"), "区级税收贡献同比增长");
    assert_eq!(label(&ms, "46%"), "快递服务业务收入增长");
}

#[test]
fn a_change_in_the_measures_unit_after_its_growth_rate_changes_the_level() {
    // `…年均增速达到10.8%，比“十二五”末增加242亿元`: the 242亿元 changes the revenue itself, and
    // a share after it is of the revenue, not of its basis.
    let ms =
        summary("一般公共预算收入年均增速达到10.8%,比“十二五”末增加242亿元,占GDP的比重达到10.2%。");
    assert_eq!(label(&ms, "242亿元"), "一般公共预算收入比“十二五”末增加");
    assert_eq!(label(&ms, "10.2%"), "一般公共预算收入占GDP的比重");
    let ms = summary("地区生产总值增长8%,比上年增加50亿元。");
    assert_eq!(label(&ms, "50亿元"), "地区生产总值比上年增加");
}

#[test]
fn a_rate_of_a_level_is_of_its_measure_whole() {
    // `工业投资完成2.49亿元，完成度41.5%`: the investment's rate, not the industry's.
    let ms = summary("固定资产投资完成8.1亿元,完成度38.6%;工业投资完成2.49亿元,完成度41.5%。");
    assert_eq!(label(&ms, "38.6%"), "固定资产投资完成度");
    assert_eq!(label(&ms, "41.5%"), "工业投资完成度");
    let ms = summary("工业投资完成2.49亿元,占比41.5%。");
    assert_eq!(label(&ms, "41.5%"), "工业投资占比");
}

#[test]
fn a_rate_of_the_task_set_is_of_the_figure_before_it() {
    // `任务完成率`: the share of the task done names no measure of its own.
    let ms = summary("培育市场主体138家，任务完成率达122%。");
    assert_eq!(label(&ms, "122%"), "培育市场主体任务完成率");
}

#[test]
fn a_growth_after_a_bracketed_aside_is_of_the_level_before_the_brackets() {
    // The aside's number (`当年度…减收近7600万元`) says something of the level; the growth after
    // the brackets is the level's, and `当年度` is one time word.
    let ms = summary(
        "地方一般公共预算收入完成7130万元(当年度因国家政策增值税留抵退税因素减收近7600万元),同口径增长12.7%。",
    );
    assert_eq!(label(&ms, "12.7%"), "地方一般公共预算收入同口径增长");
    assert!(!label(&ms, "7600万元").starts_with('度'));
}

#[test]
fn a_growth_over_a_time_window_describes_the_level_before_it() {
    // `五年间年均增长9.4%`: the window says over how long, not whose growth.
    let ms = summary("2015年全市生产总值1850.01亿元，增长8.4%，五年间年均增长9.4%。");
    assert_eq!(label(&ms, "9.4%"), "全市生产总值五年间年均增长");
}
