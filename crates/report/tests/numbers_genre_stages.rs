//! Later counts as reports of the genre write them: a count of only a stage, a size class, a part
//! in brackets, a total or a net count that counts an earlier count's things, and the measures of
//! the things a count counts (issue "Numbers on reports it has never seen"), one test per class of
//! text; the other classes are in the other `numbers_genre*.rs` files. Each sentence is made up in
//! the shape the corpus shows; none is copied from a gold report.

mod common;

use common::{find, label, plan, summary};
use report::NumberKind;

#[test]
fn a_total_or_a_later_course_is_of_the_things_not_of_their_adding_or_starting() {
    let ms = summary("规上工业企业新增85户，总数达到910户。");
    assert_eq!(label(&ms, "910户"), "规上工业企业总数");
    let ms = summary("重点项目新开工36个，竣工21个。");
    assert_eq!(label(&ms, "21个"), "重点项目竣工");
}

#[test]
fn a_later_count_of_only_a_stage_counts_the_earlier_counts_things() {
    // `签约项目20个，开工15个`: the stage before the things or after them, as the first count
    // has it; a verb of doing alone (`新增5家`) the same.
    let ms = summary("全年签约项目20个，开工15个，投产9个。引进企业10家，新增5家。“双百”项目新开工43个，竣工18个。");
    assert_eq!(label(&ms, "15个"), "开工项目");
    assert_eq!(label(&ms, "9个"), "投产项目");
    assert_eq!(label(&ms, "5家"), "新增企业");
    assert_eq!(label(&ms, "18个"), "“双百”项目竣工");
}

#[test]
fn a_later_count_of_only_a_stage_follows_things_named_without_one() {
    // `规上工业企业10家，其中新入库2家`: the first count names only its things; with no count
    // before it, the owners of the level just before (`限上商贸全年营业收入0.7亿元，新入库2家`).
    let ms = summary("规上工业企业10家，完成产值8.5亿元，其中新入库2家；限上商贸全年营业收入0.7亿元，新入库3家。");
    assert_eq!(label(&ms, "2家"), "规上工业企业新入库");
    assert_eq!(label(&ms, "3家"), "限上商贸新入库");
}

#[test]
fn a_later_count_of_only_a_size_class_counts_the_earlier_counts_things() {
    // `亿元以上425宗`: a bound with `以上`/`以下` (or `过`/`超` before it) names only a size; the
    // things are the earlier count's, without that count's own size class.
    let ms = summary("引进30亿元以上重大产业链项目11宗，亿元以上425宗。建成千亩以上连片项目12个、万亩以上1个。新开工项目20个，其中5000万元以上8个。");
    assert_eq!(label(&ms, "425宗"), "亿元以上重大产业链项目");
    assert_eq!(label(&ms, "1个"), "万亩以上连片项目");
    assert_eq!(label(&ms, "8个"), "5000万元以上项目");
    // A grade alone (`先进级19家`) is a class too.
    let ms = summary("培育卓越级智能工厂2家、先进级19家，新增国家级专精特新企业5家、省级12家。");
    assert!(
        label(&ms, "19家").ends_with("先进级智能工厂"),
        "{}",
        label(&ms, "19家")
    );
    assert!(
        label(&ms, "12家").ends_with("省级专精特新企业"),
        "{}",
        label(&ms, "12家")
    );
    // The earlier count's words end in its class: the same words with this count's class.
    let ms = summary("新设企业中注册资本在千万元以上121家，亿元以上4家。");
    assert_eq!(label(&ms, "4家"), "新设企业中注册资本亿元以上");
    // After the count, the size class opens the count's own noun: nothing borrowed.
    let ms = summary("新增1家产销过100亿元、10家过10亿元、50家过亿元的骨干企业。");
    assert!(
        !label(&ms, "50家").contains("新增"),
        "{}",
        label(&ms, "50家")
    );
}

#[test]
fn a_count_in_brackets_after_a_count_is_a_part_of_it() {
    // The bracket is a remark: the first count's words stop before it; inside, a class of the
    // things (`亿元以上`) takes the things, a count that names them keeps its own words, and
    // the bracket's commas separate its items.
    let ms = summary("全年新签约项目14个(亿元以上2个)，新开工14个。街道有13个项目列入区重点项目（新建项目8个，续建项目5个）。");
    assert_eq!(label(&ms, "14个"), "新签约项目");
    assert_eq!(label(&ms, "2个"), "亿元以上项目");
    assert_eq!(label(&ms, "8个"), "新建项目");
    assert_eq!(label(&ms, "5个"), "续建项目");
    // A short bracket inside a name stays (`县（市）`).
    let ms = plan("3个县（市）争创国家卫生城市。");
    assert_eq!(label(&ms, "3个"), "县（市）争创国家卫生城市");
}

#[test]
fn a_total_after_a_count_added_is_of_the_things_not_of_the_adding() {
    // `新认定60家，累计达到1016家`: the total counts the things, not the ones newly recognised.
    let ms =
        summary("跨国公司地区总部、外资研发中心分别新认定60家和30家，累计分别达到1016家和591家。");
    assert_eq!(label(&ms, "60家"), "跨国公司地区总部新认定");
    assert_eq!(label(&ms, "1016家"), "跨国公司地区总部");
    assert_eq!(label(&ms, "591家"), "外资研发中心");
}

#[test]
fn a_measure_right_after_a_count_of_its_owners_is_theirs() {
    // `入驻7家企业总投资1.24亿元`: the count stops before the measure, which is of the owners as
    // the count names them; after a count of things named before it (`项目12个总投资…`), the
    // measure is the next number's.
    let ms = summary("新湖智造产业园入驻7家企业总投资1.24亿元。新签约项目12个总投资50亿元。");
    assert_eq!(label(&ms, "7家"), "新湖智造产业园入驻企业");
    assert_eq!(label(&ms, "1.24亿元"), "新湖智造产业园入驻企业总投资");
    assert_eq!(label(&ms, "12个"), "新签约项目");
    assert_eq!(label(&ms, "50亿元"), "新签约项目总投资");
}

#[test]
fn a_net_count_opening_its_clause_counts_the_things_added_before_it() {
    // `新增“四上”企业14家，净增7家`: the net count is of the same things, an amount.
    let ms = summary("上半年新增“四上”企业14家,净增7家,增量居全县首位。");
    let m = find(&ms, "7家");
    assert_eq!(m.kind, Some(NumberKind::Amount));
    assert_eq!(label(&ms, "7家"), "净增“四上”企业");
    // After the stock it is the stock's change.
    let ms = summary("市场主体净增36.4万户。");
    assert_eq!(find(&ms, "36.4万户").kind, Some(NumberKind::Growth));
}

#[test]
fn an_amount_after_a_count_of_things_is_theirs() {
    let ms = summary("提报市外到位资金项目3个、金额6100万元。");
    assert_eq!(label(&ms, "6100万元"), "提报市外到位资金项目金额");
}

#[test]
fn a_trial_stage_counts_the_earlier_counts_things() {
    let ms = summary("引进亿元以上项目38个，开工31个，试投产12个。");
    assert_eq!(label(&ms, "12个"), "试投产亿元以上项目");
}

#[test]
fn a_total_investment_after_a_count_is_of_the_things_counted() {
    let ms = summary("累计策划项目14个、签约项目19个，总投资额41.14亿元。");
    assert_eq!(label(&ms, "41.14亿元"), "签约项目总投资额");
}

#[test]
fn a_count_stops_before_the_rate_of_its_things_and_a_head_after_takes_the_things() {
    // `全县22个亿元以上项目开复工率100%，完成投资24亿元`.
    let ms = summary("全县22个亿元以上项目开复工率100%,完成投资24亿元,创造了历史最高水平。");
    assert_eq!(label(&ms, "22个"), "全县亿元以上项目");
    assert_eq!(label(&ms, "100%"), "亿元以上项目开复工率");
    assert_eq!(label(&ms, "24亿元"), "亿元以上项目完成投资");
}

#[test]
fn casualties_alone_are_of_the_events_counted_before_them() {
    // `发生安全生产事故3起，死亡4人`: the deaths are the accidents'.
    let ms = summary("全县共发生安全生产事故3起，死亡4人，同比分别下降50%、42.9%。");
    assert_eq!(label(&ms, "4人"), "安全生产事故死亡");
    assert_eq!(label(&ms, "42.9%"), "安全生产事故死亡同比下降");
}
