//! Lists as reports of the genre write them: `分别` lists that pair values with subjects by position,
//! and the items of a list that share a verb, a scope or a measure (issue "Numbers on reports it
//! has never seen"), one test per class of text; the other classes are in the other
//! `numbers_genre*.rs` files. Each sentence is made up in the shape the corpus shows; none is
//! copied from a gold report.

mod common;

use common::{find, label, plan, summary};
use report::NumberKind;

#[test]
fn growths_item_by_item_after_a_list_of_events_drop_fenbie() {
    let ms = summary("全县共发生安全生产事故3起、死亡4人，同比分别下降50%、42.9%。");
    assert_eq!(label(&ms, "3起"), "全县安全生产事故");
    assert_eq!(label(&ms, "50%"), "全县安全生产事故同比下降");
    assert!(!label(&ms, "42.9%").contains("分别"));
}

#[test]
fn fenbie_lists_split_the_subject_and_pair_values_by_position() {
    let ms = summary("城乡居民人均可支配收入分别达到41000元、23000元，分别增长5.8%、8.1%。");
    assert_eq!(label(&ms, "41000元"), "城镇居民人均可支配收入");
    assert_eq!(label(&ms, "23000元"), "农村居民人均可支配收入");
    let idx = |raw: &str| ms.iter().position(|m| m.raw == raw);
    assert_eq!(find(&ms, "5.8%").relates_to, idx("41000元"));
    assert_eq!(find(&ms, "8.1%").relates_to, idx("23000元"));
    assert_eq!(label(&ms, "8.1%"), "农村居民人均可支配收入增长");
    let ms = summary("税收收入和非税收入分别增长3.2%和4.5%。");
    assert_eq!(label(&ms, "3.2%"), "税收收入增长");
    assert_eq!(label(&ms, "4.5%"), "非税收入增长");
}

#[test]
fn a_fenbie_list_holds_through_bounds_and_after_an_earlier_level() {
    // A bound after an item is that item's; the next item still belongs to the list.
    let ms = plan("城乡居民人均可支配收入分别增长6%左右和6.5%以上。");
    assert_eq!(label(&ms, "6%"), "城镇居民人均可支配收入增长");
    assert_eq!(label(&ms, "6.5%"), "农村居民人均可支配收入增长");
    // After `分别` every value is an item, even where a level before could lend its subject.
    let ms = summary("全年重点项目完成投资21亿元，项目总量、投资总量分别增长9%、31%。");
    assert_eq!(label(&ms, "9%"), "项目总量增长");
    assert_eq!(label(&ms, "31%"), "投资总量增长");
    // `城、乡` is the pair written apart.
    let ms = summary("城、乡居民人均可支配收入分别达到22694元、9527元。");
    assert_eq!(label(&ms, "22694元"), "城镇居民人均可支配收入");
    assert_eq!(label(&ms, "9527元"), "农村居民人均可支配收入");
    // A head's counterpart written bare shares the words before the first head.
    let ms = summary("一般公共预算收入和支出分别达4.78亿元、20.2亿元。");
    assert_eq!(label(&ms, "4.78亿元"), "一般公共预算收入");
    assert_eq!(label(&ms, "20.2亿元"), "一般公共预算支出");
}

#[test]
fn fenbie_is_not_part_of_a_split_label() {
    let ms = summary("城乡低保标准分别增长48%、65%。");
    assert_eq!(label(&ms, "48%"), "城市低保标准增长");
    assert_eq!(label(&ms, "65%"), "农村低保标准增长");
}

#[test]
fn the_words_between_two_numbers_joined_by_he_are_the_first_ones_item() {
    let ms = summary("建成8所乡镇卫生院和15个村级服务站。");
    assert_eq!(label(&ms, "8所"), "乡镇卫生院");
    assert_eq!(label(&ms, "15个"), "村级服务站");
    let ms = summary("共受理群众来信312件和网上留言905条，办结率98%。");
    assert_eq!(label(&ms, "312件"), "受理群众来信");
    assert_eq!(label(&ms, "905条"), "网上留言");
}

#[test]
fn fenbie_after_levels_in_their_own_clauses_pairs_each_value_with_its_level() {
    let ms = summary("全县一般公共预算收入完成6.37亿元，税收收入完成5.1亿元，分别增长8.2%、9.1%。");
    let idx = |raw: &str| ms.iter().position(|m| m.raw == raw);
    assert_eq!(label(&ms, "8.2%"), "全县一般公共预算收入增长");
    assert_eq!(label(&ms, "9.1%"), "税收收入增长");
    assert_eq!(find(&ms, "8.2%").relates_to, idx("6.37亿元"));
    assert_eq!(find(&ms, "9.1%").relates_to, idx("5.1亿元"));
    // Multiples of an earlier level: each names the base once.
    let ms = summary("年末存款余额98亿元，贷款余额41亿元，分别是2015年的1.6倍和2.1倍。");
    assert_eq!(label(&ms, "1.6倍"), "存款余额是2015年的倍数");
    assert_eq!(label(&ms, "2.1倍"), "贷款余额是2015年的倍数");
}

#[test]
fn the_later_items_of_a_list_done_by_one_verb_are_done_by_it_too() {
    let ms = summary("改造背街小巷35条、公厕12座，新改建东湖园、西湖园等口袋公园9个。");
    assert_eq!(label(&ms, "35条"), "改造背街小巷");
    assert_eq!(label(&ms, "12座"), "改造公厕");
    assert_eq!(label(&ms, "9个"), "新改建口袋公园");
    // A run of verbs is shared whole.
    let ms = plan("新建改建公办幼儿园10所、中小学5所。");
    assert_eq!(label(&ms, "5所"), "新建改建中小学");
    // A generic head after the list is no thing done: its owner comes first.
    let ms = summary("签约招商项目46个、总投资210亿元。");
    assert_eq!(label(&ms, "210亿元"), "签约招商项目总投资");
}

#[test]
fn parallel_items_joined_by_he_each_keep_their_own_words() {
    let ms = plan("推进华能2×35万千瓦供热和城西电厂2×66万千瓦扩建项目前期工作。");
    assert!(
        label(&ms, "2×35万千瓦").contains("供热"),
        "{}",
        label(&ms, "2×35万千瓦")
    );
    assert!(
        !label(&ms, "2×35万千瓦").contains("城西电厂"),
        "{}",
        label(&ms, "2×35万千瓦")
    );
    assert_eq!(label(&ms, "2×66万千瓦"), "城西电厂扩建项目");
    // Items of different measures joined by `和` are one item.
    let ms = summary("200多家企业和商户入驻平台，上架产品1万余种。");
    assert!(
        label(&ms, "200多家").contains("企业和商户"),
        "{}",
        label(&ms, "200多家")
    );
    let ms = summary("占地150亩的东湖公园和占地80亩的西岸公园向市民开放。");
    assert_eq!(label(&ms, "150亩"), "东湖公园占地");
    assert_eq!(label(&ms, "80亩"), "西岸公园占地");
}

#[test]
fn an_item_that_says_what_the_work_brought_does_not_share_its_verb() {
    let ms = summary("改造老旧小区45个、惠及居民1.2万户。");
    assert_eq!(label(&ms, "1.2万户"), "惠及居民");
}

#[test]
fn levels_of_government_joined_by_a_dunhao_are_one_modifier() {
    // `省、市级`: the `、` joins two levels of one modifier, not two items of a list.
    let ms = summary("积极推进120个省、市级美丽乡村建设。");
    assert_eq!(label(&ms, "120个"), "省、市级美丽乡村建设");
    // A real list still ends the item.
    let ms = summary("新建公园3个、广场5个。");
    assert_eq!(label(&ms, "3个"), "新建公园");
}

#[test]
fn urban_and_rural_minimum_living_guarantees_split_by_their_own_names() {
    let ms = summary("城乡低保标准分别提高12%、15%。");
    assert_eq!(label(&ms, "12%"), "城市低保标准提高");
    assert_eq!(label(&ms, "15%"), "农村低保标准提高");
}

#[test]
fn a_rate_after_a_list_of_counts_is_of_all_its_items() {
    let ms = summary("办理人大代表建议312件、政协提案405件，办结率100%。");
    assert_eq!(label(&ms, "100%"), "人大代表建议、政协提案办结率");
    assert_eq!(label(&ms, "405件"), "办理政协提案");
}

#[test]
fn words_ending_in_a_joiner_are_the_previous_item() {
    let ms = plan("有坚实的产业基础和超千亿元的经济总量。");
    assert_eq!(label(&ms, "千亿元"), "经济总量");
}

#[test]
fn a_lists_later_items_share_its_scope_and_verb() {
    let ms = plan("每个乡镇至少建成1个综合文化站、3个农家书屋。");
    assert_eq!(label(&ms, "3个"), "每个乡镇建成农家书屋");
}

#[test]
fn an_item_that_is_an_action_of_its_own_does_not_share_the_lists_verb() {
    let ms = plan("全年实现新增就业3200人、再就业900人。");
    assert_eq!(label(&ms, "900人"), "再就业");
}

#[test]
fn an_area_after_a_lists_verb_is_shared_by_its_items() {
    let ms = summary("改造农村危房1.2万户、厕所8.6万座。");
    assert_eq!(label(&ms, "8.6万座"), "改造农村厕所");
}

#[test]
fn a_list_of_kinds_shares_the_head_its_last_item_writes() {
    // Split at `、` first: `及` inside an item's name stays in it; `增速分别达到` is a growth.
    let ms = summary("新材料及新能源、生物医药健康产业增速分别达到15.6%、12.9%。");
    assert_eq!(label(&ms, "15.6%"), "新材料及新能源产业增速");
    assert_eq!(find(&ms, "15.6%").kind, Some(NumberKind::Growth));
    assert_eq!(label(&ms, "12.9%"), "生物医药健康产业增速");
    // The first item's last word recurs in the last item: what follows it there is shared.
    let ms = summary("轿车、新能源轿车产量分别达到37万辆、8万辆。");
    assert_eq!(label(&ms, "37万辆"), "轿车产量");
}

#[test]
fn a_fenbie_list_takes_its_subjects_from_the_clause_before() {
    let ms = summary("企业退休人员基本养老金、城镇低保标准和环卫工人工资再次提高，月人均分别提高200元、80元和300元。");
    assert_eq!(label(&ms, "200元"), "企业退休人员基本养老金月人均提高");
    assert_eq!(label(&ms, "80元"), "城镇低保标准月人均提高");
    assert_eq!(label(&ms, "300元"), "环卫工人工资月人均提高");
    // The clause before opens with a verb of more work, and the run says the items' measure
    // again: neither is said twice or kept.
    let ms = plan("加大生姜、杨梅种植面积，累计实现种植面积分别为5000亩、20000亩。");
    assert_eq!(label(&ms, "5000亩"), "生姜种植面积");
    assert_eq!(label(&ms, "20000亩"), "杨梅种植面积");
}

#[test]
fn a_list_of_amounts_after_one_verb_shares_the_verb() {
    let ms = summary("实际使用内资30.2亿元、外资381万美元。");
    assert_eq!(label(&ms, "30.2亿元"), "实际使用内资");
    assert_eq!(label(&ms, "381万美元"), "实际使用外资");
}

#[test]
fn a_later_item_of_only_another_scope_counts_the_first_items_things_there() {
    let ms = plan("每个县新建一所三级医院、全市达到30家以上。");
    assert_eq!(label(&ms, "30家"), "全市三级医院");
}

#[test]
fn short_items_share_the_measure_the_last_one_writes() {
    // `肉、奶、禽蛋产量分别增长…`: each item is a kind of product, the measure written once.
    let ms = summary("全区肉、奶、禽蛋产量分别增长10%、9%、2%。");
    assert_eq!(label(&ms, "10%"), "全区肉产量增长");
    assert_eq!(label(&ms, "9%"), "奶产量增长");
    assert_eq!(label(&ms, "2%"), "禽蛋产量增长");
}

#[test]
fn values_in_different_units_after_a_list_of_subjects_are_one_each() {
    // `A、B、C分别达110个、2155台和8200家`: a value per subject, no head shared, no group counted
    // twice (`贫困人口96户、183人` is one group in two units).
    let ms = summary("全市数字化车间、在役工业机器人、上云企业分别达110个、2155台和8200家。");
    assert_eq!(label(&ms, "110个"), "全市数字化车间");
    assert_eq!(label(&ms, "2155台"), "在役工业机器人");
    assert_eq!(label(&ms, "8200家"), "上云企业");
    let ms = summary("贫困人口96户、183人稳定脱贫。");
    assert_eq!(label(&ms, "96户"), label(&ms, "183人"));
}

#[test]
fn deposits_and_loans_written_as_one_subject_split_by_position() {
    let ms = summary("年末金融机构存贷款余额分别达8200亿元、7600亿元，分别增长9.1%、11.4%。");
    assert_eq!(label(&ms, "8200亿元"), "金融机构存款余额");
    assert_eq!(label(&ms, "7600亿元"), "金融机构贷款余额");
    assert_eq!(label(&ms, "11.4%"), "金融机构贷款余额增长");
}

#[test]
fn short_items_of_the_first_ones_kind_share_its_words() {
    let ms = summary("万元GDP能耗、水耗分别下降4.1%、6.3%。");
    assert_eq!(label(&ms, "6.3%"), "万元GDP水耗下降");
}

#[test]
fn a_measure_of_how_many_written_once_after_a_list_is_every_items() {
    let ms = summary("会议和发文数量分别减少12.1%和18.6%。");
    assert_eq!(label(&ms, "12.1%"), "会议数量减少");
    assert_eq!(label(&ms, "18.6%"), "发文数量减少");
}

#[test]
fn a_later_list_item_that_names_only_its_things_shares_the_measure_before_it() {
    let ms = summary("生猪存栏86万头、家禽420万只，粮食产量120万吨、棉花5万吨。");
    assert_eq!(label(&ms, "420万只"), "家禽存栏");
    assert_eq!(label(&ms, "5万吨"), "棉花产量");
    // Things counted in a list have no measure to share.
    let ms = summary("新建学校3所、医院2家。");
    assert_eq!(label(&ms, "2家"), "新建医院");
}

#[test]
fn a_part_of_the_place_named_before_a_list_is_every_items() {
    // `其中，2021年洋浦经济开发区主要经济指标成绩喜人，…分别增长…`: the part (after `其中` and
    // the year) names whose figures the items are, each of them.
    let ms = summary("其中，2021年洋浦经济开发区主要经济指标成绩喜人，地区生产总值、固定资产投资分别增长30%、115.7%。");
    assert_eq!(label(&ms, "30%"), "洋浦经济开发区地区生产总值增长");
    assert_eq!(label(&ms, "115.7%"), "洋浦经济开发区固定资产投资增长");
}
