//! One test per class of text that reports of the genre write and the bundled report does not
//! (issue "Numbers on reports it has never seen"). Each sentence is made up in the shape the
//! corpus shows; none is copied from a gold report.

mod common;

use common::{find, label, lenient, plan, summary};
use report::{NumberKind, NumberMention};

#[test]
fn a_plan_part_makes_growths_rates_and_ranks_targets() {
    let ms = plan("地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内，力争全区排名靠前。");
    for m in &ms {
        assert_eq!(m.kind, Some(NumberKind::Target), "{}", m.raw);
    }
    // The label still reads the shape: a growth keeps its subject and verb.
    assert_eq!(label(&ms, "5.5%"), "地区生产总值增长");
    let ms = summary("地区生产总值增长5.5%。");
    assert_eq!(find(&ms, "5.5%").kind, Some(NumberKind::Growth));
}

#[test]
fn a_sentence_that_states_targets_makes_them_targets_outside_a_plan_part_too() {
    // A paragraph of targets ahead of the plan part's first heading, or a text without parts.
    let ms = summary(
        "建议今年主要预期目标为：全县生产总值增长7%左右，一般公共预算收入增长5%；城镇新增就业1.2万人。",
    );
    for raw in ["7%", "5%", "1.2万人"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Target), "{raw}");
    }
    let ms = summary("深化企业培育，力争新增规上企业15家、上市企业2家。");
    assert_eq!(find(&ms, "2家").kind, Some(NumberKind::Target));
    let ms = summary("促进棉花产业提质增效，确保棉花产量稳定在500万吨以上。");
    assert_eq!(find(&ms, "500万吨").kind, Some(NumberKind::Target));
    let ms = summary("确保了粮食产量稳定在50万吨。");
    assert_eq!(find(&ms, "50万吨").kind, Some(NumberKind::Amount));
    // A review that names its targets only as done keeps what it reports.
    let ms = summary("圆满完成年度目标任务，地区生产总值增长6.1%。");
    assert_eq!(find(&ms, "6.1%").kind, Some(NumberKind::Growth));
    // The statement covers its own sentence only; after a colon, the list it sets out, over
    // several sentences of its paragraph.
    let ms = summary("力争早日开工。项目完成投资3亿元。");
    assert_eq!(find(&ms, "3亿元").kind, Some(NumberKind::Amount));
    let ms =
        summary("主要预期目标是：地区生产总值增长7.5%。城镇新增就业110万人。居民消费价格上涨3%。");
    assert_eq!(find(&ms, "110万人").kind, Some(NumberKind::Target));
    assert_eq!(find(&ms, "3%").kind, Some(NumberKind::Target));
    // A government's name and `要实现` state aims; `主要实现` does not.
    let ms =
        summary("2025年，肇庆市要实现地区生产总值增长5%左右。主要实现了三大转变，工业增长8%。");
    assert_eq!(find(&ms, "5%").kind, Some(NumberKind::Target));
    assert_eq!(label(&ms, "5%"), "地区生产总值增长");
    assert_eq!(find(&ms, "8%").kind, Some(NumberKind::Growth));
    // The targets' noun and a colon state them too; `目标：` alone may name targets met.
    let ms = summary("2020年经济社会发展的主要预期目标:地区生产总值增长7%以上,工业投资增长9%。");
    assert_eq!(find(&ms, "9%").kind, Some(NumberKind::Target));
    let ms = summary("实现了年初确定的目标：地区生产总值增长7%，工业投资增长9%。");
    assert_eq!(find(&ms, "9%").kind, Some(NumberKind::Growth));
    // With no colon, the statement opens the first target's clause, no part of its label.
    let ms = summary("全市经济社会发展主要预期目标是地区生产总值增长7%以上，固定资产投资增长15%。");
    assert_eq!(label(&ms, "7%"), "地区生产总值增长");
}

#[test]
fn spaces_a_pdf_leaves_around_a_number_change_nothing() {
    // A figure that could be a year is measured by the unit after its space.
    let ms = summary("封山育林 2000 亩。");
    assert_eq!(find(&ms, "2000 亩").base_value, Some(2000.0));
    // A bound before the space is the figure's, no word of its label.
    let ms = summary("全年接待游客超 2 万人次，发放低保等资金超 800 万元。");
    assert_eq!(label(&ms, "2 万人次"), "接待游客");
    assert_eq!(label(&ms, "800 万元"), "发放低保等资金");
    let ms = summary("地区生产总值增长 10%，外贸进出口总额394.8 亿元。");
    let m = find(&ms, "10%");
    assert_eq!(
        (m.kind, m.label.as_deref()),
        (Some(NumberKind::Growth), Some("地区生产总值增长"))
    );
    let m = find(&ms, "394.8 亿元");
    assert_eq!(
        (m.unit.as_deref(), m.label.as_deref()),
        (Some("亿元"), Some("外贸进出口总额"))
    );
}

#[test]
fn a_list_of_targets_on_lines_of_its_own_is_targets_wherever_it_stands() {
    let text = "某市2018年计划\n今年是关键之年。主要预期目标为：\n——地区生产总值增长7.5%；\n——城镇新增就业7万人。\n一、2017年工作回顾\n全年地区生产总值增长7%。\n——新增就业6万人。\n";
    let r = report::parse(text).unwrap();
    let kind = |raw: &str| r.numbers.iter().find(|m| m.raw == raw).unwrap().kind;
    assert_eq!(kind("7.5%"), Some(NumberKind::Target));
    assert_eq!(kind("7万人"), Some(NumberKind::Target));
    // A dash item after a review's sentence reports what was done.
    assert_eq!(kind("7%"), Some(NumberKind::Growth));
    assert_eq!(kind("6万人"), Some(NumberKind::Amount));
}

#[test]
fn a_rank_without_a_subject_ranks_the_subject_of_the_number_before_it() {
    let ms = summary("工业用电量增长9.3%、全市第二；外贸总额完成88亿元，增长6%，增速居全省第三。");
    assert_eq!(label(&ms, "第二"), "工业用电量全市排名");
    assert_eq!(label(&ms, "第三"), "外贸总额增速全省排名");
    // A rank that names its own subject keeps it.
    let ms = summary("粮食产量全省排名第四。");
    assert_eq!(label(&ms, "第四"), "粮食产量全省排名");
    // A written counter is part of the rank.
    let ms = summary("品牌拥有量居全省第3位。");
    assert_eq!(find(&ms, "第3位").value, Some(3.0));
}

#[test]
fn ranks_item_by_item_rank_the_figures_before_them_in_order() {
    let ms = summary("一般公共预算收入241.5亿元，增长6.4%，分居全省第4、第3位。");
    assert_eq!(label(&ms, "第4"), "一般公共预算收入全省排名");
    assert_eq!(label(&ms, "第3位"), "一般公共预算收入增长全省排名");
    let idx = |raw: &str| ms.iter().position(|m| m.raw == raw);
    assert_eq!(find(&ms, "第3位").relates_to, idx("6.4%"));
}

#[test]
fn how_long_a_place_is_held_is_no_part_of_what_is_ranked() {
    let ms = summary("工业增加值一直保持全省首位，粮食总产量始终位居全国第一。");
    assert_eq!(label(&ms, "首位"), "工业增加值全省排名");
    assert_eq!(label(&ms, "第一"), "粮食总产量全国排名");
}

#[test]
fn the_top_of_a_list_is_rank_one() {
    let ms = summary("荣登全国发展潜力百强县榜首。");
    let m = find(&ms, "榜首");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(1.0)));
    assert_eq!(m.label.as_deref(), Some("全国发展潜力百强县排名"));
}

#[test]
fn growths_item_by_item_after_a_list_of_events_drop_fenbie() {
    let ms = summary("全县共发生安全生产事故3起、死亡4人，同比分别下降50%、42.9%。");
    assert_eq!(label(&ms, "3起"), "全县安全生产事故");
    assert_eq!(label(&ms, "50%"), "全县安全生产事故同比下降");
    assert!(!label(&ms, "42.9%").contains("分别"));
}

#[test]
fn a_rank_of_an_increment_ranks_what_the_number_before_it_counts() {
    let ms = summary("新增“五上”企业62户，增量全市第一。");
    assert_eq!(label(&ms, "第一"), "新增“五上”企业增量全市排名");
}

#[test]
fn a_statistical_basis_names_no_measure() {
    let ms = summary("按验资口径实际利用外资1.38亿美元，增长7%。");
    assert_eq!(label(&ms, "1.38亿美元"), "实际利用外资");
    assert_eq!(label(&ms, "7%"), "实际利用外资增长");
}

#[test]
fn a_scope_written_after_paiming_reads_as_before_it() {
    let ms = summary("地区生产总值增速排名全市第二。");
    assert_eq!(label(&ms, "第二"), "地区生产总值增速全市排名");
}

#[test]
fn ranks_without_digits_have_unit_ming_and_no_value() {
    let ms = summary("营商环境评价稳居全省前列。");
    let m = find(&ms, "前列");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (Some(NumberKind::Rank), None, Some("名"))
    );
    assert_eq!(m.label.as_deref(), Some("营商环境评价全省排名"));
}

#[test]
fn a_growth_lends_its_subject_to_the_level_that_follows() {
    let ms = plan("全区财政收入增长6%，达到12.5亿元。");
    assert_eq!(label(&ms, "12.5亿元"), "全区财政收入");
}

#[test]
fn a_generic_head_takes_the_owner_after_de_or_the_sentence_subject() {
    let ms =
        summary("投资3.6亿元的城东污水处理厂二期工程投入运行，占地120亩的滨河湿地公园建成开放。");
    assert_eq!(label(&ms, "3.6亿元"), "城东污水处理厂二期工程投资");
    assert_eq!(label(&ms, "120亩"), "滨河湿地公园占地");
    let ms = summary("签约招商项目46个、总投资210亿元。");
    assert_eq!(label(&ms, "210亿元"), "签约招商项目总投资");
    // A head with its own subject keeps it.
    let ms = summary("工业投资45亿元。");
    assert_eq!(label(&ms, "45亿元"), "工业投资");
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
fn a_change_after_a_comparison_with_an_earlier_time_is_a_growth() {
    let ms = summary("农民人均纯收入达到9800元，比上年增加860元。");
    assert_eq!(find(&ms, "860元").kind, Some(NumberKind::Growth));
    // Without the comparison, `增加` before a counted noun is an amount.
    let ms = summary("增加公共停车位1200个。");
    assert_eq!(find(&ms, "1200个").kind, Some(NumberKind::Amount));
}

fn marked(ms: &[NumberMention], raw: &str) -> bool {
    find(ms, raw).is_indicator
}

#[test]
fn a_bound_that_defines_a_class_is_no_measure() {
    let ms = plan("集体收入10万元以上的村占比达到60%，改造20年以上小区35个。");
    assert!(!marked(&ms, "10万元"));
    assert!(!marked(&ms, "20年"));
    assert!(marked(&ms, "60%"));
    assert!(marked(&ms, "35个"));
    // A bound that ends its clause bounds a measure; one before `的` and things counted after
    // is their class.
    let ms = summary("完成投资5000万元以上，带动就业300人以上的企业12家。");
    assert!(marked(&ms, "5000万元"));
    assert!(!marked(&ms, "300人"));
    assert!(marked(&ms, "12家"));
}

#[test]
fn the_rating_of_a_class_of_facility_is_no_measure() {
    let ms = summary(
        "新建35千伏变电站2座，淘汰20蒸吨以下燃煤锅炉46台，更新7座以下客车80辆，建成桥梁3座。",
    );
    assert!(!marked(&ms, "35千伏"));
    assert!(!marked(&ms, "20蒸吨"));
    assert!(!marked(&ms, "7座"));
    for raw in ["2座", "46台", "80辆", "3座"] {
        assert!(marked(&ms, raw), "{raw}");
    }
}

#[test]
fn a_count_of_categories_that_sums_up_its_list_is_no_measure() {
    let ms = summary("统筹教育、医疗、养老等3类民生任务，推进供水、排水、燃气三项改造。");
    assert!(!marked(&ms, "3类"));
    assert!(!marked(&ms, "三项"));
    // A list shorter than the count, or a count of things, is a count.
    let ms = summary("完成城东、城西等5类片区改造，引进甲、乙、丙三个项目。");
    assert!(marked(&ms, "5类"));
    assert!(marked(&ms, "三个"));
}

#[test]
fn milestones_and_time_windows_are_no_measures() {
    let ms = summary("税收收入达到10.6亿元，突破10亿元大关。5年来新建学校12所，近3年累计投入8亿元，连续6年保持全省第一。");
    assert!(!marked(&ms, "10亿元"));
    assert!(!marked(&ms, "5年"));
    assert!(!marked(&ms, "3年"));
    assert!(marked(&ms, "6年"), "a streak is a measure");
    assert!(marked(&ms, "12所"));
}

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
fn a_count_is_labelled_by_its_own_noun_not_by_the_examples_listed_before_it() {
    let ms = summary("依托东方、红星等12家龙头企业，在甲镇、乙镇新建3个物流中心。");
    assert_eq!(label(&ms, "12家"), "龙头企业");
    assert_eq!(label(&ms, "3个"), "物流中心");
    // Without a noun after the number, the words before it are kept whole.
    let ms = summary("困难群众、残疾对象救助资金62万元。");
    assert_eq!(label(&ms, "62万元"), "困难群众、残疾对象救助资金");
}

#[test]
fn time_words_and_light_verbs_do_not_open_a_label() {
    let ms = plan("年内建成公厕20座，全年实现新增就业5000人，确保城镇登记失业率控制在4%以内。");
    assert_eq!(label(&ms, "20座"), "公厕");
    assert_eq!(label(&ms, "5000人"), "新增就业");
    assert_eq!(label(&ms, "4%"), "城镇登记失业率");
    // Keeping a level is no part of what is kept.
    let ms = summary("保持耕地面积120万亩，保持问题动态清零。");
    assert_eq!(label(&ms, "120万亩"), "耕地面积");
}

#[test]
fn a_light_verb_after_the_scope_that_opens_a_label_says_nothing() {
    let ms = summary("全市实现生产总值1097亿元，全区完成工业投资30亿元。");
    assert_eq!(label(&ms, "1097亿元"), "全市生产总值");
    assert_eq!(label(&ms, "30亿元"), "全区工业投资");
    // A measure that names the place itself needs no scope.
    let ms = summary("2021年，全区实现地区生产总值468亿元，增长4.1%。");
    assert_eq!(label(&ms, "468亿元"), "地区生产总值");
    assert_eq!(label(&ms, "4.1%"), "地区生产总值增长");
}

#[test]
fn a_course_that_leads_to_the_next_number_is_that_numbers_words() {
    let ms = summary("137个市重点项目完成投资236.8亿元，9条次干道路开工建设。");
    assert_eq!(label(&ms, "137个"), "市重点项目");
    assert_eq!(label(&ms, "236.8亿元"), "市重点项目完成投资");
    // A course that ends the clause says which of the things are counted.
    assert_eq!(label(&ms, "9条"), "次干道路开工建设");
}

#[test]
fn a_growth_after_a_milestone_is_of_the_milestones_subject() {
    let ms = summary("全县财政收入首次突破10亿元大关，同比增长12%。");
    assert!(!marked(&ms, "10亿元"));
    assert_eq!(label(&ms, "12%"), "全县财政收入同比增长");
}

#[test]
fn steps_of_a_size_crossed_are_a_milestone_and_the_figure_after_is_its_subjects() {
    // `连跨4个千亿台阶`, `跨越3个千亿元台阶`: how many steps restates the level beside it.
    let ms =
        summary("“十四五”以来，全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元、增长5.8%。");
    assert!(!marked(&ms, "4个"));
    assert_eq!(label(&ms, "1.3万亿元"), "全省地区生产总值");
    assert_eq!(label(&ms, "5.8%"), "全省地区生产总值增长");
    let ms = summary("全省地区生产总值跨越3个千亿元台阶，达到1.5万亿元。");
    assert!(!marked(&ms, "3个"));
    assert_eq!(label(&ms, "1.5万亿元"), "全省地区生产总值");
}

#[test]
fn a_gap_to_another_place_written_with_bi_is_of_the_level_before_it() {
    let ms = summary("人均地区生产总值5.18万元，比上年增加0.17万元，比全省高1.18万元。");
    assert_eq!(label(&ms, "1.18万元"), "人均地区生产总值比全省高");
    let idx = ms.iter().position(|m| m.raw == "5.18万元");
    assert_eq!(find(&ms, "1.18万元").relates_to, idx);
}

#[test]
fn a_threshold_that_defines_the_things_counted_is_part_of_their_label() {
    let ms = summary("全年开复工5000万元以上项目32个，总投资64.8亿元。");
    assert!(!marked(&ms, "5000万元"));
    assert_eq!(label(&ms, "32个"), "开复工5000万元以上项目");
    // A bound written as a magnitude only, its unit left to the reader.
    let ms = summary("其中5000万以下投资项目2个，5000万以上投资项目3个。");
    assert!(!marked(&ms, "5000万"));
    assert_eq!(label(&ms, "2个"), "5000万以下投资项目");
    // A magnitude after a bound that ends the clause is a measure.
    let ms = summary("带动就业1万以上，");
    assert!(marked(&ms, "1万"));
}

#[test]
fn light_verbs_remarks_and_list_dashes_inside_a_label_say_nothing() {
    let ms = summary("规模以上企业实现产值49.45亿元，两大工业园区实现工业产值11.2亿元。");
    assert_eq!(label(&ms, "49.45亿元"), "规模以上企业产值");
    assert_eq!(label(&ms, "11.2亿元"), "两大工业园区工业产值");
    let ms = summary("地区生产总值同比（下同）增长4.5%。");
    assert_eq!(label(&ms, "4.5%"), "地区生产总值同比增长");
    let ms = plan("——民间项目投资增长12%；");
    assert_eq!(label(&ms, "12%"), "民间项目投资增长");
    // A light verb before what is achieved, not a measure, stays.
    let ms = summary("城镇失业人员实现再就业2000人。");
    assert_eq!(label(&ms, "2000人"), "城镇失业人员实现再就业");
}

#[test]
fn manner_and_basis_words_before_a_growth_name_no_subject() {
    let ms =
        summary("全年实现全部财政收入45亿元，可比增长14.75%；其中产业税收12.5亿元，逆势增长5%。");
    assert_eq!(label(&ms, "14.75%"), "全部财政收入可比增长");
    assert_eq!(label(&ms, "5%"), "产业税收逆势增长");
    let ms = summary("全年预计实现税收24亿元，GDP总量有望继续保持全省第3位。");
    assert_eq!(label(&ms, "24亿元"), "税收");
    assert_eq!(label(&ms, "第3位"), "GDP总量全省排名");
}

#[test]
fn a_name_with_digits_is_a_word_of_the_label() {
    let ms = summary("新建5G基站1.8万个，全市PM2.5平均浓度36微克/立方米。");
    assert_eq!(label(&ms, "1.8万个"), "新建5G基站");
    assert_eq!(label(&ms, "36微克/立方米"), "全市PM2.5平均浓度");
}

#[test]
fn later_items_of_a_list_of_multiples_are_multiples_too() {
    let ms = summary("存款余额210亿元、贷款余额90亿元，分别是2015年的1.5倍和1.7倍。");
    assert_eq!(find(&ms, "1.5倍").kind, Some(NumberKind::Rate));
    assert_eq!(find(&ms, "1.7倍").kind, Some(NumberKind::Rate));
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
fn quantities_in_chinese_numerals_count_when_the_text_says_they_count() {
    let ms = summary(
        "举办招聘会百余场，新增三家省级企业技术中心，连续五年保持全省第一，连续举办十一届博览会。",
    );
    let m = find(&ms, "百余场");
    assert_eq!(
        (m.value, m.unit.as_deref(), m.is_indicator),
        (Some(100.0), Some("场"), true)
    );
    assert_eq!(find(&ms, "三家").value, Some(3.0));
    assert_eq!(find(&ms, "五年").unit.as_deref(), Some("年"));
    assert!(find(&ms, "十一届").is_indicator, "a streak of sessions");
    // Formulas and names are no quantities.
    let ms =
        summary("严格落实中央八项规定精神，开展“百场讲座进社区”活动，学习党的二十届三中全会精神。");
    assert!(ms.iter().all(|m| !m.is_indicator), "{ms:#?}");
}

#[test]
fn the_digits_of_a_figure_in_chinese_numerals_count_nothing() {
    // `两位数增长` says how large a growth was; in a streak as well.
    let ms = summary("工业投资连续3年保持两位数增长，固定资产投资增速保持三位数。");
    assert_eq!(label(&ms, "3年"), "工业投资保持两位数增长");
    assert!(
        ms.iter()
            .all(|m| !m.raw.starts_with('两') || !m.is_indicator),
        "{ms:#?}"
    );
    assert!(
        ms.iter().all(|m| m.unit.as_deref() != Some("位")),
        "{ms:#?}"
    );
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
fn a_growth_rate_that_reaches_or_holds_a_level_is_a_growth() {
    let ms = summary("规模以上工业增加值增速达到8.6%，固定资产投资增速保持在10%。");
    assert_eq!(find(&ms, "8.6%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "10%").kind, Some(NumberKind::Growth));
}

#[test]
fn a_product_of_units_is_its_total() {
    let ms = plan("推进2×35万千瓦热电联产项目前期工作。");
    let m = find(&ms, "2×35万千瓦");
    assert_eq!((m.value, m.base_value), (Some(70.0), Some(700000.0)));
}

#[test]
fn what_a_generic_head_belongs_to_carries_to_the_next_head_of_the_sentence() {
    let ms = summary("总投资12亿元的滨江商业综合体项目当年完成投资3亿元，开工8万平方米。");
    assert_eq!(label(&ms, "12亿元"), "滨江商业综合体项目总投资");
    assert_eq!(label(&ms, "8万平方米"), "滨江商业综合体项目开工");
}

#[test]
fn a_streak_belongs_to_its_subject_and_so_does_the_rank_it_holds() {
    let ms = summary("全市粮食产量连续8年保持全省第一。");
    let m = find(&ms, "8年");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Amount), Some(8.0)));
    assert_eq!(m.label.as_deref(), Some("全市粮食产量保持全省第一"));
    assert_eq!(label(&ms, "第一"), "全市粮食产量全省排名");
    // `连续` places the subject in the ranking; it is no part of what is ranked.
    let ms = summary("制造业质量竞争力指数连续保持全省第一。");
    assert_eq!(label(&ms, "第一"), "制造业质量竞争力指数全省排名");
}

#[test]
fn labels_keep_no_debris_at_their_edges() {
    let ms = summary("2021年度财政收入增长5%，3月份开工项目12个，淘汰\"老旧织机1万余台。");
    assert!(!find(&ms, "2021年度").is_indicator);
    assert_eq!(label(&ms, "5%"), "财政收入增长");
    assert_eq!(label(&ms, "12个"), "开工项目");
    assert_eq!(label(&ms, "1万余台"), "淘汰老旧织机");
}

#[test]
fn a_count_is_bound_to_its_own_noun_not_its_neighbours_measure() {
    let ms = summary("培育12家龙头企业产值超百亿，8个产业园区营业收入均超50亿元。");
    assert_eq!(label(&ms, "12家"), "培育龙头企业");
    assert_eq!(label(&ms, "8个"), "产业园区");
    // `其中` carries no subject of its own: the part is labelled by its own head.
    let ms = summary("全年完成固定资产投资120亿元，其中工业投资45亿元。");
    assert_eq!(label(&ms, "45亿元"), "工业投资");
}

#[test]
fn notes_that_define_a_term_report_no_indicator() {
    for note in [
        "[3]“双百工程”：即每年实施100个重点项目、引进100家企业。",
        "①三个一：1个专班、1套方案、1名联络员。",
    ] {
        let ms = plan(note);
        assert!(!ms.is_empty(), "{note}");
        assert!(ms.iter().all(|m| !m.is_indicator), "{note}: {ms:#?}");
    }
    // The same words in the body of the report are indicators.
    let ms = plan("每年实施100个重点项目。");
    assert!(find(&ms, "100个").is_indicator);
}

#[test]
fn fenbie_is_not_part_of_a_split_label() {
    let ms = summary("城乡低保标准分别增长48%、65%。");
    assert_eq!(label(&ms, "48%"), "城市低保标准增长");
    assert_eq!(label(&ms, "65%"), "农村低保标准增长");
}

#[test]
fn bound_and_totality_adverbs_are_not_part_of_a_label() {
    let ms = plan("每个县至少建成示范村2个。");
    assert_eq!(label(&ms, "2个"), "每个县建成示范村");
    let ms = summary("县城主要街道通信线缆全部入地6条。");
    assert_eq!(label(&ms, "6条"), "县城主要街道通信线缆入地");
    // At the start it is part of a term.
    let ms = summary("全部财政收入完成10.3亿元。");
    assert!(label(&ms, "10.3亿元").starts_with("全部财政收入"));
}

#[test]
fn a_counts_label_stops_where_what_is_said_of_the_things_counted_starts() {
    let ms = summary("东城、西城3个体育公园投入使用，9个安置小区加紧实施。");
    assert_eq!(label(&ms, "3个"), "体育公园");
    assert_eq!(label(&ms, "9个"), "安置小区");
    let ms = plan("年内完成5个标准化卫生室建设任务，确保2所中学一季度开工。");
    assert_eq!(label(&ms, "5个"), "标准化卫生室");
    assert_eq!(label(&ms, "2所"), "中学");
    // Task words and predicates close the noun, not the number's own measure words.
    let ms = summary("新增12家规上企业被认定为高新技术企业。");
    assert_eq!(label(&ms, "12家"), "新增规上企业");
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
fn a_bound_right_after_a_number_is_that_numbers_not_the_next_label() {
    let ms = summary("为560名70岁以上困难老人发放护理补贴83万元。");
    assert!(
        !label(&ms, "83万元").starts_with("以上"),
        "{}",
        label(&ms, "83万元")
    );
}

#[test]
fn the_opening_of_a_note_mark_is_no_part_of_a_label() {
    let ms = summary("开展9个“净水行动”[3]，取得明显成效。");
    assert_eq!(label(&ms, "9个"), "开展“净水行动”");
}

#[test]
fn an_estimate_or_a_for_all_adverb_is_no_part_of_a_label() {
    let ms = summary("全市旅游总收入预计增长12%，信访事项按期办结率均达99%，农民人均增收800元。");
    assert_eq!(label(&ms, "12%"), "全市旅游总收入增长");
    assert_eq!(label(&ms, "99%"), "信访事项按期办结率");
    // `人均` is a word, not the adverb.
    assert!(
        label(&ms, "800元").contains("人均"),
        "{}",
        label(&ms, "800元")
    );
}

#[test]
fn an_investment_with_no_owner_of_its_own_belongs_to_the_topic_it_follows() {
    // The sentence before, when the head opens its sentence.
    let ms = summary("城南片区棚户区改造工作成效明显。全年共完成投资4.2亿元。");
    assert_eq!(label(&ms, "4.2亿元"), "城南片区棚户区改造完成投资");
    // The sentence's first clause, when the head is in a later one.
    let ms = summary("持续推进滨河新区基础设施建设，完成投资12亿元。");
    assert_eq!(label(&ms, "12亿元"), "滨河新区基础设施完成投资");
    // A topic that names no body of work owns nothing.
    let ms = summary("不断加大教育投入力度，投资3亿元。");
    assert_eq!(label(&ms, "3亿元"), "投资");
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
fn a_name_with_digits_stays_in_a_frames_subject() {
    let ms = summary("化学需氧量、PM10浓度分别比2018年下降12.5%、20.3%。");
    assert_eq!(label(&ms, "12.5%"), "化学需氧量比2018年下降");
    assert_eq!(label(&ms, "20.3%"), "PM10浓度比2018年下降");
}

#[test]
fn a_growth_verb_acting_on_a_count_of_named_things_is_no_growth() {
    let ms = summary("提升8个县级物流中心，提高2个百分点，人均收入提高500元。");
    assert_eq!(find(&ms, "8个").kind, Some(NumberKind::Amount));
    assert_eq!(find(&ms, "2个百分点").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "500元").kind, Some(NumberKind::Growth));
}

#[test]
fn a_rank_of_a_generic_head_or_of_nothing_ranks_the_subject_before_it() {
    let ms = summary("农村公路改造1200公里、总里程居全省第三。");
    assert_eq!(label(&ms, "第三"), "农村公路改造总里程全省排名");
    let ms = summary("全区主要经济指标保持较快增长，稳居全市前列。");
    assert_eq!(label(&ms, "前列"), "全区主要经济指标全市排名");
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
fn words_that_only_say_it_was_done_leave_the_thing_to_the_words_after_de() {
    let ms =
        plan("年内完成3.5万平方米的立体绿化任务，确保2个站点投用，8万平方米的物流仓储中心完工。");
    assert_eq!(label(&ms, "3.5万平方米"), "立体绿化任务");
    assert_eq!(label(&ms, "8万平方米"), "物流仓储中心");
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
fn a_threshold_inside_the_subject_is_part_of_it() {
    let ms = plan("年经营收入50万元以上的合作社达到30%以上。");
    assert_eq!(label(&ms, "30%"), "年经营收入50万元以上的合作社");
    // Other numbers before `的` are not thresholds: the subject is the number's own.
    let ms = summary("总投资12亿元的8个产业项目开工。");
    assert_eq!(label(&ms, "8个"), "产业项目开工");
}

#[test]
fn a_label_is_never_cut_inside_a_word_that_ends_like_a_trail_word() {
    let ms = summary("省级财政直达资金即时下达213亿元。");
    assert!(
        label(&ms, "213亿元").ends_with("下达"),
        "{}",
        label(&ms, "213亿元")
    );
    let ms = summary("全年财政收入达到12亿元。");
    assert_eq!(label(&ms, "12亿元"), "财政收入");
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
fn a_magnitude_without_digits_after_a_bound_reads_as_one_or_a_hundred_of_it() {
    let ms = summary("电子信息产业营业收入超万亿元，文旅产业增加值近百亿元。");
    let m = find(&ms, "万亿元");
    assert_eq!(
        (m.value, m.unit.as_deref(), m.base_value),
        (Some(1.0), Some("万亿元"), Some(1e12))
    );
    assert_eq!(find(&ms, "百亿元").base_value, Some(1e10));
    // Before a noun it names a class of things; a milestone is no amount either.
    let ms = summary("培育超百亿元产业集群12个，突破千亿元大关。");
    assert!(ms.iter().all(|m| m.raw != "百亿元" && m.raw != "千亿元"));
}

#[test]
fn a_later_rank_of_a_list_of_ranks_is_a_rank_too() {
    let ms = summary("粮食和油料产量分列全省第二和第五位。");
    let m = find(&ms, "第五位");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(5.0)));
    // Ranks of a list of subjects pair with them in order.
    assert_eq!(label(&ms, "第二"), "粮食产量全省排名");
    assert_eq!(label(&ms, "第五位"), "油料产量全省排名");
}

#[test]
fn a_time_window_a_passive_clause_or_a_closing_you_open_or_close_no_label() {
    let ms = summary("三年来新建标准化卫生室46所。");
    assert_eq!(label(&ms, "46所"), "新建标准化卫生室");
    let ms = summary("我县被列入全国首批200个电子商务进农村示范县。");
    assert_eq!(label(&ms, "200个"), "全国首批电子商务进农村示范县");
    let ms = plan("今年安排的重点民生项目有35个。");
    assert!(
        !label(&ms, "35个").ends_with('有'),
        "{}",
        label(&ms, "35个")
    );
    // `有` that ends a word stays.
    let ms = summary("全区现有规上企业120家。");
    assert!(
        label(&ms, "120家").contains("规上企业"),
        "{}",
        label(&ms, "120家")
    );
}

#[test]
fn a_generic_head_after_an_adverb_takes_its_owner_after_de() {
    let ms =
        plan("确保总投资12亿元的城北热电联产项目年底投产，加快总投资8亿元的26个配套项目建设。");
    assert_eq!(label(&ms, "12亿元"), "城北热电联产项目总投资");
    assert_eq!(label(&ms, "8亿元"), "配套项目总投资");
}

#[test]
fn a_share_without_a_subject_of_its_own_is_a_share_of_the_level_before_it() {
    let ms = summary("全年用于教育的财政支出达到6.2亿元，占全年支出的21.5%。");
    let idx = |raw: &str| ms.iter().position(|m| m.raw == raw);
    assert_eq!(label(&ms, "21.5%"), "用于教育的财政支出占全年支出");
    assert_eq!(find(&ms, "21.5%").relates_to, idx("6.2亿元"));
}

#[test]
fn a_name_with_digits_after_a_count_is_its_noun() {
    let ms = summary("新建成的3个5G基站正式运营。");
    assert!(
        label(&ms, "3个").contains("5G基站"),
        "{}",
        label(&ms, "3个")
    );
}

#[test]
fn a_part_that_says_only_what_happened_is_of_the_whole_before_it() {
    let ms = summary("12条支路开工建设，其中5条实现通车。");
    assert_eq!(label(&ms, "5条"), "支路实现通车");
}

#[test]
fn a_count_keeps_the_course_of_the_things_it_counts() {
    // `开工`, `竣工投产`: which of the things are counted.
    let ms = summary("12条支路开工建设，30项重点项目竣工投产。");
    assert_eq!(label(&ms, "12条"), "支路开工建设");
    assert_eq!(label(&ms, "30项"), "重点项目竣工投产");
    // After another measure it starts another statement.
    let ms = summary("8万平方米物流仓储中心完工。");
    assert_eq!(label(&ms, "8万平方米"), "物流仓储中心");
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
fn a_value_per_unit_keeps_its_whole_unit() {
    let ms = summary("全员劳动生产率提升至12.3万元/人，土地流转租金每亩1500元/亩。");
    let m = find(&ms, "12.3万元/人");
    assert_eq!(
        (m.unit.as_deref(), m.base_unit.as_deref(), m.base_value),
        (Some("万元/人"), Some("元/人"), Some(123000.0))
    );
    assert_eq!(label(&ms, "12.3万元/人"), "全员劳动生产率");
}

#[test]
fn an_item_that_says_what_the_work_brought_does_not_share_its_verb() {
    let ms = summary("改造老旧小区45个、惠及居民1.2万户。");
    assert_eq!(label(&ms, "1.2万户"), "惠及居民");
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
fn a_streak_and_the_level_it_holds_belong_to_the_sentences_subject() {
    // The streak opens its clause: it is of the sentence's subject and what the clause says of
    // it; the level it holds is of the subject.
    let ms = summary("粮食总产量达到52.3万吨，连续8年稳定在50万吨以上。");
    assert_eq!(label(&ms, "8年"), "粮食总产量稳定在50万吨以上");
    assert_eq!(label(&ms, "50万吨"), "粮食总产量");
    let ms = summary("连续6年粮食总产稳定在1300亿斤以上，播种面积保持在1.6亿亩。");
    assert_eq!(label(&ms, "6年"), "粮食总产稳定在1300亿斤以上");
    assert_eq!(label(&ms, "1300亿斤"), "粮食总产");
    // A bare measure after it takes the thing without the subject's own measure (`总产`).
    assert_eq!(label(&ms, "1.6亿亩"), "粮食播种面积");
}

#[test]
fn hotlines_versions_ratings_and_event_names_are_no_measures() {
    let ms = summary("12345热线受理诉求8.6万件，推出营商环境2.0版改革措施52条，新增4A级景区2家，举办第十二届运动会。");
    for raw in ["12345", "2.0", "4A", "第十二届"] {
        assert!(!find(&ms, raw).is_indicator, "{raw}");
    }
    // A name's suffix is the name's, not the next label's.
    assert_eq!(label(&ms, "52条"), "改革措施");
    assert_eq!(label(&ms, "2家"), "新增4A级景区");
}

#[test]
fn a_place_counted_from_the_bottom_is_a_rank_and_so_is_the_place_it_rose_to() {
    let ms = summary("营商环境评价由倒数第3上升至第5位。");
    let m = find(&ms, "倒数第3");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(3.0)));
    assert_eq!(label(&ms, "倒数第3"), "营商环境评价排名");
    assert_eq!(label(&ms, "第5位"), "营商环境评价排名");
}

#[test]
fn a_label_keeps_a_whole_term_at_its_edges() {
    let ms = summary("政务服务事项一网通办率达95%。");
    assert_eq!(label(&ms, "95%"), "政务服务事项一网通办率");
    let ms = summary("全面推行一网通办，一网通办率达到98%。");
    assert_eq!(label(&ms, "98%"), "一网通办率");
}

#[test]
fn a_list_of_investments_each_names_its_own_owner_after_de() {
    let ms = summary("投资3500万元的供水管网改造、3800万元的背街小巷改造等项目全面完成，投资1.2亿元实施的滨河绿化工程完工。");
    assert_eq!(label(&ms, "3500万元"), "供水管网改造投资");
    assert_eq!(label(&ms, "3800万元"), "背街小巷改造投资");
    assert_eq!(label(&ms, "1.2亿元"), "滨河绿化工程投资");
    // A list of places before one project is that project's (the places say where).
    let ms = summary("投资1.27亿元实施的主城区、东山组团绿化工程完工。");
    assert_eq!(label(&ms, "1.27亿元"), "绿化工程投资");
    let ms = plan("启动投资8000万元的南河、北河堤防工程。");
    assert_eq!(label(&ms, "8000万元"), "堤防工程投资");
    // One place before its project stays.
    let ms = summary("投资5100万元的伊敏河景观带改造工程投入使用。");
    assert_eq!(label(&ms, "5100万元"), "伊敏河景观带改造工程投资");
}

#[test]
fn thousands_separated_by_commas_are_one_number() {
    let ms = summary("全市规上工业企业达到1,256家，实现营业收入12,345,678万元。");
    let m = find(&ms, "1,256家");
    assert_eq!((m.value, m.base_value), (Some(1256.0), Some(1256.0)));
    assert_eq!(
        find(&ms, "12,345,678万元").base_value,
        Some(123_456_780_000.0)
    );
    // The comma is inside the number, not a clause break: the label reads across it.
    let ms = summary("全市新培育1,256家高新技术企业，新培育2,100家企业和35家商户。");
    assert_eq!(label(&ms, "1,256家"), "全市新培育高新技术企业");
    assert_eq!(label(&ms, "35家"), "商户");
    // A comma between a number and the next clause is punctuation.
    let ms = summary("走访企业2509家次,收集诉求143条。");
    assert!(ms.iter().any(|m| m.raw == "2509家次"));
}

#[test]
fn a_range_with_its_unit_on_both_ends_is_one_range() {
    let ms = plan("地区生产总值增长5%-6%，新增就业3万人～4万人。");
    let m = find(&ms, "5%-6%");
    assert_eq!((m.value, m.unit.as_deref()), (None, Some("%")));
    assert!(ms.iter().any(|m| m.raw == "3万人～4万人"));
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
fn a_bare_verb_of_doing_leads_the_subject_it_borrows() {
    let ms = summary("高新技术企业达到326家，新增112家。");
    assert_eq!(label(&ms, "112家"), "新增高新技术企业");
}

#[test]
fn a_bound_before_a_chinese_count_keeps_the_count() {
    let ms = summary("引进华为、中兴等共十二家企业。");
    assert_eq!(find(&ms, "十二家").value, Some(12.0));
}

#[test]
fn a_multiple_of_a_level_with_a_generic_head_keeps_the_head() {
    // The level's label is what is multiplied: `固定资产投资`, not the subject `固定资产`.
    let ms = summary("固定资产投资完成77.6亿元，是2011年的1.89倍。");
    assert_eq!(label(&ms, "1.89倍"), "固定资产投资是2011年的倍数");
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
fn a_count_of_events_is_of_the_event_not_of_who_held_it() {
    let ms = summary("市县两级组织开展政企早餐会200多次。");
    assert_eq!(label(&ms, "200多次"), "开展政企早餐会");
    // Counted in `场次` too.
    let ms = summary("街道班子成员带头到挂点社区开展精神宣讲12场次。");
    assert_eq!(label(&ms, "12场次"), "开展精神宣讲");
    // A streak of events held names the event after `的`.
    let ms = summary("连续举办十一届的经贸洽谈会已成为品牌。");
    assert_eq!(label(&ms, "十一届"), "连续举办经贸洽谈会");
}

#[test]
fn a_project_head_takes_the_work_it_belongs_to() {
    // `实施项目`, like `总投资`, names no owner: the sentence's subject goes in front.
    let ms = summary("持续推进白洋淀上游流域综合治理，投资187亿元，实施项目169个。");
    assert_eq!(label(&ms, "169个"), "白洋淀上游流域综合治理实施项目");
}

#[test]
fn a_capacity_measures_the_facility_named_after_it() {
    let ms = summary("投资4200万元的日处理60吨餐厨垃圾处理厂主体工程开工建设。");
    assert_eq!(label(&ms, "60吨"), "餐厨垃圾处理厂日处理");
    // Inside another number's owner the capacity is the facility's spec, not its name.
    assert_eq!(label(&ms, "4200万元"), "餐厨垃圾处理厂主体工程投资");
    let ms = plan("完成日处理5万吨净水厂扩建。");
    assert_eq!(label(&ms, "5万吨"), "净水厂日处理");
}

#[test]
fn an_amount_handed_out_is_of_what_was_handed_out() {
    let ms = summary("为2310位70岁以上困难老人发放高龄津贴215万元。");
    assert_eq!(label(&ms, "215万元"), "发放高龄津贴");
    // A bound inside the recipients' words is part of them.
    assert_eq!(label(&ms, "2310位"), "70岁以上困难老人");
}

#[test]
fn a_low_income_group_is_not_cut_at_its_income() {
    let ms = summary("帮扶860户低收入家庭。");
    assert_eq!(label(&ms, "860户"), "帮扶低收入家庭");
}

#[test]
fn urban_and_rural_minimum_living_guarantees_split_by_their_own_names() {
    let ms = summary("城乡低保标准分别提高12%、15%。");
    assert_eq!(label(&ms, "12%"), "城市低保标准提高");
    assert_eq!(label(&ms, "15%"), "农村低保标准提高");
}

#[test]
fn a_road_is_an_owner_of_its_investment() {
    let ms = summary("投资2.1亿元的机场快速路建成通车。");
    assert_eq!(label(&ms, "2.1亿元"), "机场快速路投资");
}

#[test]
fn a_bare_measure_takes_the_thing_the_sentence_is_about() {
    let ms = plan("苹果种植面积达到3万亩，产量达到8万吨；核桃总产量达到2万吨，实现产值4.5亿元。");
    assert_eq!(label(&ms, "8万吨"), "苹果产量");
    assert_eq!(label(&ms, "4.5亿元"), "核桃产值");
    // No number before it in the sentence: the previous clause's subject.
    let ms = plan("支持箱包市场做大做强，年出口5亿美元以上。");
    assert_eq!(label(&ms, "5亿美元"), "箱包市场年出口");
}

#[test]
fn verbs_that_push_work_on_or_a_modifier_leave_a_count_to_its_noun() {
    let ms = plan("优化提升8个省级特色产业，全力实施好涉及民生改善的45个重点项目。");
    assert_eq!(label(&ms, "8个"), "省级特色产业");
    assert_eq!(label(&ms, "45个"), "重点项目");
    // A verb of doing stays: it says which things are counted.
    let ms = plan("新建5所幼儿园。");
    assert_eq!(label(&ms, "5所"), "新建幼儿园");
}

#[test]
fn one_group_counted_in_two_units_shares_its_words() {
    let ms = plan("年底前实现农村低收入人口120户、305人全部稳定增收。");
    assert_eq!(label(&ms, "120户"), "农村低收入人口稳定增收");
    assert_eq!(label(&ms, "305人"), "农村低收入人口稳定增收");
    // With nothing between the two counts too.
    let ms = plan("实现农村低收入人口860户2150人稳定增收。");
    assert_eq!(label(&ms, "860户"), "农村低收入人口稳定增收");
    assert_eq!(label(&ms, "2150人"), "农村低收入人口稳定增收");
    // Two items of a list in the same unit are two things.
    let ms = summary("新建公园3个、广场5个。");
    assert_eq!(label(&ms, "5个"), "新建广场");
}

#[test]
fn a_later_count_of_the_same_things_with_only_what_happened_is_a_part() {
    let ms = plan("创建300个美丽乡村，150个以上通过省级验收。");
    assert_eq!(label(&ms, "150个"), "美丽乡村通过省级验收");
    // A count that names its own things is no part.
    let ms = summary("新建公园3个，改造广场5个。");
    assert_eq!(label(&ms, "5个"), "改造广场");
}

#[test]
fn a_one_char_noun_before_de_owns_what_follows() {
    let ms = summary("6个村的污水管网工程顺利完工。");
    assert_eq!(label(&ms, "6个"), "村的污水管网工程");
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
fn a_generic_head_before_the_number_is_of_the_thing_done_after_it() {
    let ms = summary("投资800万元完成了第二中学实验楼建设。");
    assert_eq!(label(&ms, "800万元"), "第二中学实验楼建设投资");
}

#[test]
fn a_lists_later_items_share_its_scope_and_verb() {
    let ms = plan("每个乡镇至少建成1个综合文化站、3个农家书屋。");
    assert_eq!(label(&ms, "3个"), "每个乡镇建成农家书屋");
}

#[test]
fn a_span_of_years_before_a_bare_verb_is_a_window() {
    let ms = summary("规模以上企业达到126家，五年新增48家。");
    assert_eq!(label(&ms, "48家"), "新增规模以上企业");
}

#[test]
fn the_work_done_on_the_things_counted_after_de_is_part_of_the_label() {
    let ms = plan("全面完成860户老旧房屋的加固、维修工作，完成2万亩防护林的补植、管护任务。");
    assert_eq!(label(&ms, "860户"), "老旧房屋加固、维修");
    assert_eq!(label(&ms, "2万亩"), "防护林补植、管护");
}

#[test]
fn a_measure_named_after_de_is_of_the_things_before_the_number() {
    let ms = plan("全力完成今年48个重点项目36亿元的投资计划。");
    assert_eq!(label(&ms, "36亿元"), "重点项目投资计划");
}

#[test]
fn an_item_that_is_an_action_of_its_own_does_not_share_the_lists_verb() {
    let ms = plan("全年实现新增就业3200人、再就业900人。");
    assert_eq!(label(&ms, "900人"), "再就业");
}

#[test]
fn the_items_of_a_named_policy_or_document_are_part_of_its_name() {
    let ms = summary("落实“八个到位”20项措施和省里15条配套规定，坚持“依法、公开、公正”三项原则。");
    for raw in ["20项", "15条", "三项"] {
        assert!(!find(&ms, raw).is_indicator, "{raw}");
    }
    // A count of things named in quotes, or after a quoted verb, is still a count.
    let ms = summary("建成“口袋公园”20个，“微改造”3条道路。");
    assert!(find(&ms, "20个").is_indicator);
    assert!(find(&ms, "3条").is_indicator);
}

#[test]
fn a_tier_and_a_water_quality_class_are_no_measures() {
    let ms = summary("全力重返全省第一方阵。");
    assert!(!find(&ms, "第一").is_indicator);
    let ms = summary("15条河流再现清波。国、省考核断面水质全部达到四类以上。");
    assert!(!find(&ms, "四类").is_indicator);
}

#[test]
fn a_bare_number_before_a_river_road_or_hospital_is_a_name() {
    let ms = plan("推进626小河生态治理和301医院分院建设。");
    assert!(!find(&ms, "626").is_indicator);
    assert!(!find(&ms, "301").is_indicator);
}

#[test]
fn a_lead_and_titles_in_a_row_in_chinese_numerals_are_counts() {
    let ms = summary("提前三年完成脱贫攻坚任务，“全国文明城市”实现五连冠。");
    let lead = find(&ms, "三年");
    assert_eq!((lead.value, lead.unit.as_deref()), (Some(3.0), Some("年")));
    assert!(lead.is_indicator);
    let row = find(&ms, "五连冠");
    assert_eq!((row.value, row.unit.as_deref()), (Some(5.0), Some("连冠")));
    // `前两年` is still a window, not a count.
    let ms = summary("前两年财政收入增长较快。");
    assert!(ms.iter().all(|m| m.raw != "两年" || !m.is_indicator));
}

#[test]
fn a_growth_of_a_level_with_a_generic_head_keeps_the_head() {
    let ms = summary("全社会固定资产投资完成77.6亿元，同比增长9.1%。");
    assert_eq!(label(&ms, "9.1%"), "全社会固定资产投资同比增长");
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
fn a_clause_of_choosing_before_de_leaves_the_count_to_its_noun() {
    let ms = plan("今年，全县初步确定的重点建设项目有58个。");
    assert_eq!(label(&ms, "58个"), "重点建设项目");
    // A modifier that is no clause of doing stays.
    let ms = summary("全县规模以上的工业企业有120家。");
    assert!(label(&ms, "120家").contains("工业企业"));
}

#[test]
fn a_size_class_names_things_and_measures_nothing() {
    let ms = plan("培育2个50亿元级企业，打造3个千亿级产业集群。");
    assert!(!find(&ms, "50亿元").is_indicator);
    assert_eq!(label(&ms, "2个"), "培育50亿元级企业");
    // The same amount without `级` is a measure.
    let ms = summary("完成投资50亿元。");
    assert!(find(&ms, "50亿元").is_indicator);
}

#[test]
fn a_total_belongs_to_the_things_not_to_what_was_done_to_them() {
    let ms = summary("新增市场主体1.2万户，总数达到8.6万户。");
    assert_eq!(label(&ms, "8.6万户"), "市场主体总数");
}

#[test]
fn what_singles_out_the_things_counted_goes_before_their_noun() {
    let ms = plan("年内实现8家以上企业入驻，3家企业在新三板挂牌。");
    assert_eq!(label(&ms, "8家"), "入驻企业");
    assert_eq!(label(&ms, "3家"), "新三板挂牌企业");
    // What happened in a project's course stays after the noun.
    let ms = summary("12条支路开工建设。");
    assert_eq!(label(&ms, "12条"), "支路开工建设");
    // A quoted phrase the verb ends is kept as written.
    let ms = summary("26家企业“拎包入驻”，开启招商新路径。");
    assert_eq!(label(&ms, "26家"), "企业“拎包入驻”");
}

#[test]
fn an_area_after_a_lists_verb_is_shared_by_its_items() {
    let ms = summary("改造农村危房1.2万户、厕所8.6万座。");
    assert_eq!(label(&ms, "8.6万座"), "改造农村厕所");
}

#[test]
fn two_counts_in_a_row_are_of_the_one_thing_done_after_them() {
    let ms = summary("全年共解决了15个村2.1万人的饮水安全问题。");
    assert_eq!(label(&ms, "15个"), "解决饮水安全问题");
    assert_eq!(label(&ms, "2.1万人"), "解决饮水安全问题");
}

#[test]
fn there_are_in_all_is_no_part_of_what_is_counted() {
    let ms = summary("全区共有规模以上工业企业126家。");
    assert_eq!(label(&ms, "126家"), "全区规模以上工业企业");
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
fn a_kind_of_work_after_deng_says_less_than_its_example() {
    // The number's own noun stands before `等`; what follows names only the list's kind of work.
    let ms = plan("完成起步区3公里路网等配套设施，实施南岗镇2万吨冷链仓储等项目。");
    assert_eq!(label(&ms, "3公里"), "起步区路网");
    assert!(label(&ms, "2万吨").ends_with("南岗镇冷链仓储"));
    // Examples before a count of a category: the category is what is counted (with its course,
    // which says which of them).
    let ms = summary("中俄国际汽车园丰田、本田等6家4S店建成运营。");
    assert_eq!(label(&ms, "6家"), "4S店建成运营");
    let ms = summary("垃圾焚烧发电、高端制袜等99个项目建成投用。");
    assert_eq!(label(&ms, "99个"), "项目建成投用");
}

#[test]
fn a_light_verb_inside_a_label_says_nothing() {
    let ms = plan("对5条主干道路进行综合改造。");
    assert_eq!(label(&ms, "5条"), "主干道路综合改造");
}

#[test]
fn a_preposition_opening_a_label_names_nothing() {
    let ms = summary("对全区景区景点14个进行提档升级，对外贸易额12亿元。");
    assert!(label(&ms, "14个").starts_with("全区景区景点"));
    // In a term it stays.
    assert_eq!(label(&ms, "12亿元"), "对外贸易额");
}

#[test]
fn one_after_each_is_a_quota_of_one() {
    let ms = plan("五年内每个县新建或提升一所三级医院，每季开展一次督查。");
    let m = find(&ms, "一所");
    assert_eq!(
        (m.value, m.unit.as_deref(), m.is_indicator),
        (Some(1.0), Some("所"), true)
    );
    assert_eq!(find(&ms, "一次").value, Some(1.0));
    // Without `每`, or after `每一`, `一` is an article.
    let ms = summary("建成一所学校，在每一个关头都有一个团队挺身而出。");
    assert!(ms.iter().all(|m| !m.is_indicator), "{ms:#?}");
}

#[test]
fn a_magnitude_in_chinese_numerals_before_a_measure_is_an_amount() {
    let ms = summary("大兴安岭百万平方米棚改进展顺利，牧业年度牲畜存栏14万头只。");
    let m = find(&ms, "百万平方米");
    assert_eq!(
        (m.value, m.unit.as_deref(), m.base_value, m.is_indicator),
        (Some(100.0), Some("万平方米"), Some(1_000_000.0), true)
    );
    // Livestock is counted in head and animals at once.
    assert_eq!(find(&ms, "14万头只").base_unit.as_deref(), Some("头只"));
    // Money in 万 and 亿 written in words; a capacity before its product is one too.
    let ms = summary("人均消费突破两万元，引进资金五亿元，建成百万吨乙烯等一批石化新材料项目。");
    let m = find(&ms, "两万元");
    assert_eq!((m.value, m.base_value), (Some(2.0), Some(20_000.0)));
    assert_eq!(find(&ms, "五亿元").base_value, Some(500_000_000.0));
    assert_eq!(label(&ms, "百万吨"), "乙烯");
    // Money before a noun is the bar of a class of things; a threshold is no amount either.
    let ms = summary("培育百亿元企业3家，实施千万元以上项目46个。");
    assert!(ms.iter().all(|m| m.raw != "百亿元"), "{ms:?}");
    assert!(!find(&ms, "千万元").is_indicator);
    assert_eq!(find(&ms, "46个").kind, Some(NumberKind::Amount));
}

#[test]
fn a_bare_investment_is_of_the_work_done_after_it() {
    // In its own clause: the one thing the sentence's last clause does.
    let ms = plan("投资1亿元，启动实施北郊水厂改扩建工程。投资800万元，完成4个村的饮水安全工程。");
    assert_eq!(label(&ms, "1亿元"), "北郊水厂改扩建工程投资");
    assert_eq!(label(&ms, "800万元"), "饮水安全工程投资");
    // Counts of one piece of work in a row: the work is named after the last.
    let ms = summary("投资3600万元，完成50栋住宅楼、12万平方米既有建筑节能改造。");
    assert_eq!(label(&ms, "3600万元"), "既有建筑节能改造投资");
    // In the same clause, before a count: the work done on the things counted.
    let ms = summary("投资1.3亿元完成了12条道路的改扩建。");
    assert_eq!(label(&ms, "1.3亿元"), "道路改扩建投资");
    // A list, more clauses, or a result (`完成投资`) leave it alone.
    let ms = summary("投资5亿元，推进滨河景观改造、老街整治。完成投资20亿元，加速打造新城。");
    assert_eq!(label(&ms, "5亿元"), "投资");
    assert_eq!(label(&ms, "20亿元"), "完成投资");
}

#[test]
fn a_kind_after_qizhong_is_a_kind_of_the_wholes_things() {
    let ms = plan("今年安排重点项目80个，其中，工业类12个、农业类9个。");
    assert_eq!(label(&ms, "12个"), "工业类重点项目");
    assert_eq!(label(&ms, "9个"), "农业类重点项目");
}

#[test]
fn a_magnitude_alone_counts_the_noun_after_it() {
    let ms = summary("新接入集中供热面积100万平方米，使近6万市民直接受益。");
    assert_eq!(label(&ms, "6万"), "直接受益市民");
}

#[test]
fn what_was_completed_after_a_measured_thing_is_another_statement() {
    let ms = summary("大唐300万吨露天矿完成项目核准。");
    assert_eq!(label(&ms, "300万吨"), "大唐露天矿");
}

#[test]
fn a_bare_investment_belongs_to_the_body_of_work_its_topic_names() {
    let in_topic = |title: &str, text: &str| {
        report::scan_block(
            text,
            &report::BlockContext {
                part: report::PartKind::Plan,
                part_index: 2,
                topic: Some(title.to_string()),
                ..Default::default()
            },
        )
    };
    let ms = in_topic(
        "全面加快东山新区建设",
        "全面加快东山新区建设。坚持规划先行，高质量推进新区建设。年内计划投资60亿元，实施重点项目30个。",
    );
    assert_eq!(label(&ms, "60亿元"), "东山新区计划投资");
    // A manner before the verb leaves a clause, not a body of work.
    let ms = in_topic(
        "高标准高质量建设东山新区",
        "高标准高质量建设东山新区。完成投资20亿元。",
    );
    assert_eq!(label(&ms, "20亿元"), "完成投资");
}

#[test]
fn a_count_and_a_measure_of_one_group_share_its_words() {
    let ms = plan("年内完成2000户、30万平方米棚户区改造。");
    assert_eq!(label(&ms, "2000户"), "棚户区改造");
    assert_eq!(label(&ms, "30万平方米"), "棚户区改造");
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
fn zai_opening_a_label_is_a_preposition_unless_it_makes_a_term() {
    let ms = plan("在推动经济高质量发展方面走在全省前列，在建项目达到120个。");
    assert_eq!(label(&ms, "前列"), "经济高质量发展方面全省排名");
    assert_eq!(label(&ms, "120个"), "在建项目");
}

#[test]
fn a_causative_opening_a_label_names_nothing_measured() {
    // `推动…突破`: what was pushed is what is measured.
    let ms = summary("强化发展主体责任，推动全区地区生产总值突破2000亿元。");
    assert_eq!(label(&ms, "2000亿元"), "全区地区生产总值");
}

#[test]
fn a_year_between_a_subject_and_its_verb_says_when() {
    // `在2012年`, `2015年`, `于2020年` inside the clause: the subject stands before the year; a
    // year after `比` or `由` is a basis, not a time.
    let ms = summary(
        "全区地区生产总值在2012年突破2000亿元，2015年达到2699.63亿元。税收收入于2020年达到50亿元。",
    );
    assert_eq!(label(&ms, "2000亿元"), "全区地区生产总值");
    assert_eq!(label(&ms, "50亿元"), "税收收入");
    let ms = summary("工业增加值由2015年的80亿元增加到120亿元。");
    assert_eq!(label(&ms, "80亿元"), "工业增加值");
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
fn a_frame_of_focus_is_no_part_of_what_it_frames() {
    let ms = plan("以10个片区、60个社区中心为重点，配置生活设施。");
    assert_eq!(label(&ms, "10个"), "片区");
    assert_eq!(label(&ms, "60个"), "社区中心");
}

#[test]
fn a_unit_char_that_starts_a_noun_is_no_unit() {
    let ms = summary("全省常住7400多万人口，惠及5000家庭。");
    let m = find(&ms, "7400多万");
    assert_eq!(
        (m.unit.as_deref(), m.base_value),
        (Some("万"), Some(74_000_000.0))
    );
    assert_eq!(find(&ms, "5000").unit, None);
}

#[test]
fn money_for_a_purpose_belongs_to_the_purpose() {
    let ms = summary("五年累计投入12亿元用于老旧城区基础设施建设。");
    assert_eq!(label(&ms, "12亿元"), "老旧城区基础设施建设累计投入");
}

#[test]
fn an_adverb_of_all_inside_a_label_says_nothing() {
    let ms = summary("全区各项主要经济指标总量和增速均居全市前列。");
    assert!(label(&ms, "前列").ends_with("区主要经济指标总量和增速全市排名"));
    // `均` in the words it starts or ends stays.
    let ms = summary("提前两年完成义务教育基本均衡发展评估验收，人均可支配收入达到3万元。");
    assert!(label(&ms, "两年").contains("基本均衡发展"));
    assert!(label(&ms, "3万元").contains("人均"));
}

#[test]
fn what_is_said_of_the_things_counted_is_not_what_they_are() {
    let ms = summary(
        "容易、安大两条建材通道如期通车，21个特色产业集群发展壮大，组团内9条主次干道实现通车。",
    );
    assert_eq!(label(&ms, "两条"), "建材通道");
    assert_eq!(label(&ms, "21个"), "特色产业集群");
    assert_eq!(label(&ms, "9条"), "组团内主次干道");
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
fn a_group_counted_in_a_frame_before_a_rank_is_the_group_ranked_among() {
    // `在全国15个同类城市中居前列`: the count sizes the group (no measure); the places compared
    // stay in the rank's label, their number does not.
    let ms =
        summary("地区生产总值增速在全国15个同类城市中居前列。综合考核在全市10个镇街中排名第一。");
    assert!(!find(&ms, "15个").is_indicator);
    assert!(!find(&ms, "10个").is_indicator);
    assert_eq!(label(&ms, "前列"), "地区生产总值增速全国同类城市排名");
    assert_eq!(label(&ms, "第一"), "综合考核全市镇街排名");
    // A count of such places that is the subject stays a count.
    let ms = summary("全市15个同类城市完成改造。");
    assert!(find(&ms, "15个").is_indicator);
}

#[test]
fn a_rank_among_places_of_a_kind_and_the_group_it_is_taken_in() {
    // `保持中心城区第一`, `均居全市6县市第一`: a ranking verb, then the places compared; the
    // group's size is no measure and no part of the rank's label.
    let ms = summary(
        "三项主要经济指标总量持续保持中心城区第一。科技型中小企业224家，数量均居全市6县市第一。",
    );
    let ranks: Vec<(&str, Option<f64>)> = ms
        .iter()
        .filter(|m| m.kind == Some(NumberKind::Rank))
        .map(|m| (m.label.as_deref().unwrap_or(""), m.value))
        .collect();
    assert_eq!(
        ranks,
        [
            ("三项主要经济指标总量中心城区排名", Some(1.0)),
            ("科技型中小企业数量全市排名", Some(1.0))
        ]
    );
    assert!(!find(&ms, "6").is_indicator);
    // Without a ranking verb a `第一` after such a word is an ordinal (`新桥街道第一社区`).
    let ms = summary("新桥街道第一社区建成投用。");
    assert!(!find(&ms, "第一").is_indicator);
}

#[test]
fn a_tier_a_verb_places_the_subject_in_is_a_rank_without_a_position() {
    // `均居全市第一方阵`, quoted or not: a rank with no value; `重返全省第一方阵` names a goal.
    let ms = summary("固定资产投资增长7.5%，增幅均居全省“第一方阵”；出口增长8%，均居全市第一梯队。重返全省第一方阵。");
    let tiers: Vec<(&str, Option<NumberKind>, Option<f64>)> = ms
        .iter()
        .filter(|m| m.raw.starts_with("第一"))
        .map(|m| (m.raw.as_str(), m.kind, m.value))
        .collect();
    assert_eq!(
        tiers,
        [
            ("第一方阵", Some(NumberKind::Rank), None),
            ("第一梯队", Some(NumberKind::Rank), None),
            ("第一", None, Some(1.0))
        ]
    );
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
fn short_items_share_the_measure_the_last_one_writes() {
    // `肉、奶、禽蛋产量分别增长…`: each item is a kind of product, the measure written once.
    let ms = summary("全区肉、奶、禽蛋产量分别增长10%、9%、2%。");
    assert_eq!(label(&ms, "10%"), "全区肉产量增长");
    assert_eq!(label(&ms, "9%"), "奶产量增长");
    assert_eq!(label(&ms, "2%"), "禽蛋产量增长");
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
fn a_remark_in_brackets_and_a_demonstrative_name_nothing() {
    // `产值12.62亿元（不含鄂钢）`: what the figure leaves out is no part of what it measures;
    // `这5个增幅全省第一`: `这` points back.
    let ms = summary("全街规上工业产值12.62亿元（不含鄂钢），增长8%。");
    assert_eq!(label(&ms, "12.62亿元"), "全街规上工业产值");
    let ms = summary("服务业增加值增长10.1%，这5个增幅全省第一。");
    assert_eq!(label(&ms, "5个"), "增幅全省");
    assert_eq!(label(&ms, "第一"), "增幅全省排名");
    // Other brackets stay.
    let ms = summary("“菜篮子（一期）”工程完成投资3亿元。");
    assert!(label(&ms, "3亿元").contains("（一期）"));
}

#[test]
fn a_count_in_words_after_the_noun_it_counts() {
    // `新增…基地两家、…工厂两家`: the count closes its item, the clause opens with a count verb.
    let ms = summary("新增省级博士后创新实践基地两家、国家级绿色工厂两家。新建学校三所。");
    let counts: Vec<(&str, Option<f64>)> = ms
        .iter()
        .filter(|m| m.is_indicator)
        .map(|m| (m.raw.as_str(), m.value))
        .collect();
    assert_eq!(
        counts,
        [
            ("两家", Some(2.0)),
            ("两家", Some(2.0)),
            ("三所", Some(3.0))
        ]
    );
    assert_eq!(label(&ms, "三所"), "新建学校");
    // Not a verb of counting: no count (`坚持两个毫不动摇` is a formula).
    let ms = summary("坚持两个毫不动摇。");
    assert!(ms.iter().all(|m| !m.is_indicator));
}

#[test]
fn a_value_per_unit_of_another_and_a_rank_in_a_region() {
    // `76亿元/平方公里`, `4.9亿元/栋`: the unit is per that unit; `地均`/`楼均` are per-unit words
    // like `人均`; `均居西部第1`: a region ranks as a kind of places does.
    let ms = summary(
        "人均、地均地区生产总值分别突破31万元、76亿元/平方公里，均居西部第1。楼均产出4.9亿元/栋。",
    );
    let m = find(&ms, "76亿元/平方公里");
    assert_eq!(
        (m.unit.as_deref(), m.base_unit.as_deref(), m.base_value),
        (Some("亿元/平方公里"), Some("元/平方公里"), Some(7.6e9))
    );
    assert_eq!(m.label.as_deref(), Some("地均地区生产总值"));
    assert_eq!(label(&ms, "4.9亿元/栋"), "楼均产出");
    assert_eq!(find(&ms, "第1").kind, Some(NumberKind::Rank));
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
fn the_work_done_on_things_counted_after_their_de_is_part_of_the_label() {
    let ms =
        summary("完成8条老旧街巷的综合改造和4个小区的节能改造，做好12.5公里道路的扩建和绿化。");
    assert_eq!(label(&ms, "8条"), "老旧街巷综合改造");
    assert_eq!(label(&ms, "4个"), "小区节能改造");
    assert_eq!(label(&ms, "12.5公里"), "道路扩建和绿化");
    // A thing of the things counted, or a clause of its own, is no work done.
    let ms = summary("重点做好东风、红旗两个新村的三期工程建设。对全镇9个景点的环境实施了提升。");
    assert_eq!(label(&ms, "两个"), "新村");
    assert_eq!(label(&ms, "9个"), "全镇景点");
}

#[test]
fn a_result_verb_before_a_count_takes_what_follows_its_de() {
    let ms = summary("年内解决了2100人的安全饮水问题。");
    assert_eq!(label(&ms, "2100人"), "解决安全饮水问题");
}

#[test]
fn a_bare_task_word_after_a_count_names_the_kind_of_task() {
    let ms = summary("全年96项改革任务全面完成，45项年度重点任务全部完成。");
    assert_eq!(label(&ms, "96项"), "改革任务");
    assert_eq!(label(&ms, "45项"), "重点任务");
    // A plan's task words after a thing counted are no part of it.
    let ms = plan("完成600亩大棚建设任务。");
    assert_eq!(label(&ms, "600亩"), "大棚");
}

#[test]
fn a_word_that_holds_a_bound_word_is_not_cut() {
    // `超` bounds the next number (`超百亿`), but `超市` is a word.
    let ms = summary("新建的9个社区便民超市全部投入使用。");
    assert_eq!(label(&ms, "9个"), "社区便民超市");
}

#[test]
fn an_adverb_of_scope_after_a_counts_noun_starts_what_is_said_of_the_things() {
    let ms = summary("全县6个贫困乡全部摘帽，320个贫困村全部出列，12家企业均已投产。");
    assert_eq!(label(&ms, "6个"), "全县贫困乡");
    assert_eq!(label(&ms, "320个"), "贫困村");
    assert_eq!(label(&ms, "12家"), "企业");
}

#[test]
fn a_rank_all_the_figures_before_it_hold_ranks_each_of_them() {
    let ms = summary("全年生产总值增长6.2%，固定资产投资增长9.1%，社会消费品零售总额增长7.3%，均居全市第一方阵。");
    assert_eq!(
        label(&ms, "第一方阵"),
        "生产总值、固定资产投资、社会消费品零售总额增长全市排名"
    );
    // The rank's own growth word stands for the items' shared one; different measures are
    // listed as they are.
    let ms = summary("出口总额增长12.5%，城镇居民人均可支配收入增长6.8%，增幅均居全省第二。");
    assert_eq!(
        label(&ms, "第二"),
        "出口总额、城镇居民人均可支配收入增幅全省排名"
    );
    let ms = summary("税收收入增长10.2%，税比75.3%，均居全市第1位。");
    assert_eq!(label(&ms, "第1位"), "税收收入增长、税比全市排名");
    // A level among them is the subject they all describe; one figure is no list.
    let ms = summary("地区生产总值达到980亿元、增长8%，均居全省第3位。");
    assert_eq!(label(&ms, "第3位"), "地区生产总值全省排名");
}

#[test]
fn a_rank_of_a_total_and_its_growth_ranks_the_sentences_subject() {
    let ms = summary("实现地区生产总值5200亿元，增长6.5%，总量和增速均居全省第4位。");
    assert_eq!(label(&ms, "第4位"), "地区生产总值总量和增速全省排名");
}

#[test]
fn a_list_items_number_at_the_start_of_a_paragraph_or_sentence_is_no_quantity() {
    let ms = summary("1.完成天府粮仓示范片建设，粮食产量稳定在10万吨以上。\n\n2、启动乡村振兴示范县创建。3. 综合指标稳中向好。（4）新增耕地900亩。");
    for raw in ["1", "2", "3", "4"] {
        let m = ms.iter().find(|m| m.raw == raw).unwrap();
        assert!(!m.is_indicator, "{raw}");
    }
    assert!(find(&ms, "900亩").is_indicator);
    // Not a number that goes on (`1.5万吨`), a list of numbers (`1、2月份`) or a count in a
    // sentence.
    let ms = summary("1.5万吨粮食入库。新建学校3所。");
    assert!(find(&ms, "1.5万吨").is_indicator);
    assert!(find(&ms, "3所").is_indicator);
}

#[test]
fn deposits_and_loans_written_as_one_subject_split_by_position() {
    let ms = summary("年末金融机构存贷款余额分别达8200亿元、7600亿元，分别增长9.1%、11.4%。");
    assert_eq!(label(&ms, "8200亿元"), "金融机构存款余额");
    assert_eq!(label(&ms, "7600亿元"), "金融机构贷款余额");
    assert_eq!(label(&ms, "11.4%"), "金融机构贷款余额增长");
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
fn a_mark_crossed_before_the_figure_reached_is_a_milestone() {
    let ms = summary("每平方公里土地产出税收首次突破2亿元，达到2.15亿元。");
    assert!(!find(&ms, "2亿元").is_indicator);
    assert_eq!(label(&ms, "2.15亿元"), "每平方公里土地产出税收");
    // Without the figure reached, the mark is the figure.
    let ms = summary("地区生产总值突破1000亿元，增长6%。");
    assert!(find(&ms, "1000亿元").is_indicator);
    // A light verb gives the figure reached too (`实现`, `完成`), and names nothing of its own.
    let ms = summary("地方财政收入首破30亿元，实现31.1亿元，增长10%。");
    assert!(!find(&ms, "30亿元").is_indicator);
    assert_eq!(label(&ms, "31.1亿元"), "地方财政收入");
    assert_eq!(label(&ms, "10%"), "地方财政收入增长");
}

#[test]
fn a_top_n_place_among_places_of_a_kind_is_a_rank() {
    let ms = summary("经济总量稳居全国各区(县)前五。");
    let m = find(&ms, "前五");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (Some(NumberKind::Rank), Some(5.0), Some("名"))
    );
    assert_eq!(label(&ms, "前五"), "经济总量全国各区(县)排名");
}

#[test]
fn a_growth_averaged_over_years_borrows_the_subject_like_a_bare_growth() {
    let ms = summary("实现地区生产总值3.2万亿元，增长6.7%，两年平均增长5.1%。");
    assert_eq!(label(&ms, "5.1%"), "地区生产总值两年平均增长");
    // `年均` before `分别` stays each item's wording.
    let ms = summary("固定资产投资、社会消费品零售总额年均分别增长4.2%、6.9%。");
    assert_eq!(label(&ms, "4.2%"), "固定资产投资年均增长");
    assert_eq!(label(&ms, "6.9%"), "社会消费品零售总额年均增长");
}

#[test]
fn a_subjects_verb_takes_its_adverb_with_it() {
    let ms = summary("一般公共预算收入实际完成86.3亿元、增长9.4%。");
    assert_eq!(label(&ms, "86.3亿元"), "一般公共预算收入");
    assert_eq!(label(&ms, "9.4%"), "一般公共预算收入增长");
}

#[test]
fn a_rank_of_a_total_or_a_share_ranks_the_level_or_the_part() {
    let ms = summary("固定资产投资512亿元，增长7.6%，总量全市第一。");
    assert_eq!(label(&ms, "第一"), "固定资产投资总量全市排名");
    let ms = summary("发明专利授权量占全市31.2%，位居全市第二。");
    assert_eq!(label(&ms, "第二"), "发明专利授权量全市排名");
    let ms = summary("营商环境列全国县市第15位。");
    assert_eq!(label(&ms, "第15位"), "营商环境全国县市排名");
}

#[test]
fn a_ranking_lists_name_is_a_word_and_a_place_in_it_a_rank() {
    let ms = summary("新落地世界500强项目9个，2家企业入选中国民营企业500强。");
    assert!(!find(&ms, "500强").is_indicator);
    assert_eq!(label(&ms, "9个"), "新落地世界500强项目");
    let ms = summary("跻身全国综合实力20强。");
    let m = find(&ms, "20强");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (Some(NumberKind::Rank), Some(20.0), Some("名"))
    );
}

#[test]
fn short_items_of_the_first_ones_kind_share_its_words() {
    let ms = summary("万元GDP能耗、水耗分别下降4.1%、6.3%。");
    assert_eq!(label(&ms, "6.3%"), "万元GDP水耗下降");
}

#[test]
fn a_share_of_a_plan_done_is_of_the_figure_before_it() {
    let ms = summary("实际到账外资2350万美元，完成年计划118.5%。");
    assert_eq!(label(&ms, "118.5%"), "实际到账外资完成年计划");
}

#[test]
fn a_rank_right_after_a_streak_places_the_streaks_subject() {
    let ms = summary("粮食总产720亿斤、再获丰收，蔬菜产量连续6年全省第一。");
    assert_eq!(label(&ms, "第一"), "蔬菜产量全省排名");
}

#[test]
fn a_share_that_opens_its_clause_is_of_what_follows_its_de() {
    let ms = summary("改造农村公路3200公里，98%的行政村通达快递服务。");
    assert_eq!(label(&ms, "98%"), "行政村通达快递服务");
}

#[test]
fn a_measure_of_how_many_written_once_after_a_list_is_every_items() {
    let ms = summary("会议和发文数量分别减少12.1%和18.6%。");
    assert_eq!(label(&ms, "12.1%"), "会议数量减少");
    assert_eq!(label(&ms, "18.6%"), "发文数量减少");
}

#[test]
fn a_rank_of_a_level_ranks_its_whole_label() {
    let ms = summary("争取地方政府专项债券资金9.6亿元，居全市第一。");
    assert_eq!(label(&ms, "第一"), "地方政府专项债券资金全市排名");
}

#[test]
fn a_rank_in_a_list_framed_by_zai_zhong_names_the_list() {
    let ms = summary("在全国综合实力百强区榜单中攀升至第36位。");
    assert_eq!(label(&ms, "第36位"), "全国综合实力百强区榜单排名");
}

#[test]
fn a_light_verb_before_an_income_is_no_part_of_the_label() {
    let ms = summary("村集体经济实现纯收入45万元。");
    assert_eq!(label(&ms, "45万元"), "村集体经济纯收入");
    // A measure per mu is one word: the label is not cut inside it.
    let ms = summary("完成120家企业亩均税收调查。");
    assert_eq!(label(&ms, "120家"), "企业亩均税收调查");
}

#[test]
fn a_bare_measure_after_a_clause_of_how_a_sector_fared_takes_the_sector() {
    let ms = summary("工业平稳发展，增加值增长4.2%。农业较快发展，增加值增长6.1%。");
    assert_eq!(label(&ms, "4.2%"), "工业增加值增长");
    assert_eq!(label(&ms, "6.1%"), "农业增加值增长");
}

#[test]
fn a_projects_phase_in_a_topic_clause_leaves_the_project_as_owner() {
    let ms = summary("农牧业快速发展。蔬菜基地工程一期全面完工，完成投资1.8亿元。");
    assert_eq!(label(&ms, "1.8亿元"), "蔬菜基地工程完成投资");
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
fn the_bar_a_class_of_things_counted_passes_is_no_measure() {
    let ms = summary("新增2家产销过100亿元、5家过10亿元的骨干企业。");
    assert!(!find(&ms, "100亿元").is_indicator);
    assert!(!find(&ms, "10亿元").is_indicator);
    assert!(find(&ms, "5家").is_indicator);
}

#[test]
fn a_bare_number_before_a_listed_value_has_its_unit() {
    let ms = summary("技改投资、新兴产业投资占工业投资的比重分别提高3.2和1.8个百分点。");
    let m = find(&ms, "3.2");
    assert_eq!(
        (m.kind, m.unit.as_deref()),
        (Some(NumberKind::Growth), Some("个百分点"))
    );
    assert_eq!(label(&ms, "3.2"), "技改投资占工业投资的比重提高");
}

#[test]
fn a_place_counted_without_di_after_a_placing_verb_and_a_scope_is_a_rank() {
    let ms = summary("经济总量、创新能力分别跃居全国高新区18和25位。为60位创业青年提供贴息贷款。");
    for raw in ["18", "25位"] {
        let m = find(&ms, raw);
        assert_eq!(
            (m.kind, m.unit.as_deref()),
            (Some(NumberKind::Rank), Some("名")),
            "{raw}"
        );
    }
    assert_eq!(label(&ms, "18"), "经济总量全国高新区排名");
    assert_eq!(label(&ms, "25位"), "创新能力全国高新区排名");
    assert_eq!(find(&ms, "60位").kind, Some(NumberKind::Amount));
}

#[test]
fn ranks_listed_after_a_placing_verb_and_a_scope_are_ranks() {
    let ms = summary("位居全国百强县投资潜力第4、新型城镇化质量第6、绿色发展第9。");
    for (raw, label_) in [
        ("第4", "全国百强县投资潜力排名"),
        ("第6", "新型城镇化质量排名"),
        ("第9", "绿色发展排名"),
    ] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Rank), "{raw}");
        assert_eq!(label(&ms, raw), label_);
    }
}

#[test]
fn a_number_of_places_of_one_level_is_the_scope_of_a_rank() {
    let ms = summary(
        "社会消费品零售总额完成260亿元，位居六区第2，一般公共预算收入完成38亿元，增速六区排名第1。",
    );
    assert_eq!(label(&ms, "第2"), "社会消费品零售总额六区排名");
    assert_eq!(label(&ms, "第1"), "一般公共预算收入增速六区排名");
}

#[test]
fn a_round_mark_of_a_step_reached_is_a_milestone() {
    let ms = summary("全市经济总量跨上2000亿元新台阶，地均产出迈上68亿元/平方公里新台阶。");
    assert!(!find(&ms, "2000亿元").is_indicator);
    assert!(find(&ms, "68亿元/平方公里").is_indicator);
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
fn a_services_number_is_a_name() {
    let ms = summary("优化“企联帮”13710企业直办平台，开通12345政务服务热线。");
    assert!(!find(&ms, "13710").is_indicator);
    assert!(!find(&ms, "12345").is_indicator);
}

#[test]
fn a_topic_of_development_work_owns_the_investment_after_it() {
    let ms = summary("棚户区改造和房地产开发进程加快，完成投资120亿元。");
    assert_eq!(label(&ms, "120亿元"), "棚户区改造和房地产开发完成投资");
}

#[test]
fn a_span_of_months_is_a_date() {
    // `1-10月`, `1—9月份`: the months a figure covers, not a range of values.
    let ms = summary("1-10月完成投资5亿元，1—9月份工业产值增长8%。");
    for raw in ["1-10月", "1—9月份"] {
        assert!(!find(&ms, raw).is_indicator, "{raw}");
    }
    assert_eq!(label(&ms, "5亿元"), "完成投资");
    // A range of values stays one.
    let ms = summary("增速保持在5-8%。");
    assert!(find(&ms, "5-8%").is_indicator);
}

#[test]
fn a_magnitude_in_words_after_a_bound_counts_like_one_with_yu() {
    // `超千家`, `近百家`: a bound makes the magnitude an approximate count, as `百余场` is.
    let ms = summary("服务企业超千家，引进近百家企业，惠及千家万户。");
    let m = find(&ms, "千家");
    assert!(m.is_indicator);
    assert_eq!(m.value, Some(1000.0));
    assert_eq!(find(&ms, "百家").value, Some(100.0));
    // The idiom counts nothing.
    assert_eq!(ms.iter().filter(|m| m.is_indicator).count(), 2, "{ms:?}");
}

#[test]
fn a_mark_stepped_over_or_crossed_by_a_list_of_subjects_is_a_milestone() {
    // `迈上5万亿大台阶，达到…`: the step is passed; the figure reached is the generic head's
    // owner's (`地区生产总值总量`).
    let ms =
        summary("地区生产总值增长8.9%，总量迈上3万亿大台阶，达到30125.6亿元，排名重回全国第9位。");
    assert!(!find(&ms, "3万亿").is_indicator);
    assert_eq!(label(&ms, "30125.6亿元"), "地区生产总值总量");
    assert_eq!(find(&ms, "第9位").kind, Some(NumberKind::Rank));
    assert_eq!(label(&ms, "第9位"), "地区生产总值全国排名");
    // `甲、乙超过1000亿元，分别达到…`: the mark both crossed.
    let ms = summary("甲市、乙市超过1000亿元，分别达到1208.5亿元、1050.2亿元。");
    assert!(!find(&ms, "1000亿元").is_indicator);
    assert!(find(&ms, "1208.5亿元").is_indicator);
}

#[test]
fn a_bar_before_de_and_the_things_counted_after_is_their_class() {
    // `年收入10万元以上的村(社区)5个`: the bar names which villages are counted.
    let ms = summary("集体经济年收入10万元以上的村(社区)5个，30万以上的村12个。");
    assert!(!find(&ms, "10万元").is_indicator);
    assert!(!find(&ms, "30万").is_indicator);
    assert_eq!(label(&ms, "12个"), "30万以上的村");
    // A size class right before the things counted is part of their label.
    let ms = summary("落地10亿级产业项目8个。");
    assert!(!find(&ms, "10亿").is_indicator);
    assert_eq!(label(&ms, "8个"), "10亿级产业项目");
}

#[test]
fn a_bare_number_right_after_a_quote_is_a_footnote_mark_copied_out_of_a_pdf() {
    // The mark's brackets or superscript are lost in the copy: `“七个投资”10 均高于…`. A count
    // after a quote (`“四上”企业12家`, `“…”7大类37项…活动`) still counts.
    let ms = summary("“七个投资”10 均高于面上增速，推出“六多合一”1集成审批，“四上”企业12家，开展“悦享生活、乐购管城”7大类37项促消费活动。");
    assert!(!find(&ms, "10").is_indicator);
    assert!(!find(&ms, "1").is_indicator);
    assert!(find(&ms, "12家").is_indicator);
    let m = find(&ms, "7大类");
    assert_eq!((m.value, m.unit.as_deref()), (Some(7.0), Some("大类")));
}

#[test]
fn a_bare_number_glued_before_a_listed_name_is_part_of_the_name() {
    // `58同城、新浪网等6家互联网公司`: a firm's name with digits; the count after `等` counts.
    let ms = summary("新引入58同城、新浪网等6家互联网公司。");
    assert!(!find(&ms, "58").is_indicator);
    assert!(find(&ms, "6家").is_indicator);
}

#[test]
fn an_attachments_number_names_it_and_a_mark_passed_before_a_list_mark_is_a_milestone() {
    // `(见附件1)`: which attachment; `突破百亿元、达105.1亿元`: the mark, then the figure.
    let ms = summary("完成各项目标任务(见附件1)。地方一般公共预算收入突破百亿元、达105.1亿元。");
    assert!(!find(&ms, "1").is_indicator);
    assert!(!find(&ms, "百亿元").is_indicator);
    assert_eq!(label(&ms, "105.1亿元"), "地方一般公共预算收入");
    // `㎡` is the square metre.
    let ms = summary("入驻企业新增面积97644.98㎡。");
    assert_eq!(find(&ms, "97644.98㎡").unit.as_deref(), Some("㎡"));
}

#[test]
fn a_bare_number_opening_a_paragraph_before_its_words_numbers_an_item() {
    // `1加快建设…`: the item's `、` or `.` is lost in the copy. A count that opens a paragraph
    // (`12家企业…`) still counts.
    let ms = plan("1加快建设新时代更高水平示范区，基本建成8个市县级示范片");
    assert!(!find(&ms, "1").is_indicator);
    assert!(find(&ms, "8个").is_indicator);
    let ms = summary("12家企业新增上市。");
    assert!(find(&ms, "12家").is_indicator);
    // `3.3座公园…`: item 3's `3.` glued to a count of whole things, which is never 3.3.
    let ms = plan("3.3座公园增设儿童友好活动设施");
    assert_eq!(find(&ms, "3座").value, Some(3.0));
    assert!(ms.iter().all(|m| m.raw != "3.3座"));
    // A decimal of a measure that has fractions stays one.
    let ms = summary("2.5万亩高标准农田建成。");
    assert_eq!(find(&ms, "2.5万亩").value, Some(2.5));
}

#[test]
fn a_label_of_a_text_copied_out_of_a_pdf_has_no_spaces_between_words() {
    // Spaces at the PDF's line breaks and around numbers separate no words; inside quotes a
    // space is the author's.
    let ms = summary("全 年腾退低效用地 2500 亩，“魅力湾区 乐满新桥”广场音乐会等活动260场次。");
    assert_eq!(label(&ms, "2500 亩"), "腾退低效用地");
    assert_eq!(label(&ms, "260场次"), "“魅力湾区 乐满新桥”广场音乐会等活动");
}

#[test]
fn a_bare_number_glued_inside_a_name_is_no_indicator() {
    // A variety, a hotline, a programme: three digits or more between words, with no counter.
    // Right after a verb of doing it is a count whose counter was left out; before `和` it
    // shares the unit of the next number.
    let ms = summary("大力推广珠两优5298高端优质稻，区医院120急救中心投入使用，完成1682隐患房屋的整治销号，跃居全国高新区123和129位。");
    assert!(!find(&ms, "5298").is_indicator);
    assert!(!find(&ms, "120").is_indicator);
    assert!(find(&ms, "1682").is_indicator);
    assert!(find(&ms, "123").is_indicator);
}

#[test]
fn magnitudes_in_traditional_characters_expand() {
    let ms = summary("村集體資產總額410億元，村均可支配收入540萬元。");
    let m = find(&ms, "410億元");
    assert_eq!(
        (m.value, m.base_value),
        (Some(410.0), Some(41_000_000_000.0))
    );
    assert_eq!(find(&ms, "540萬元").base_value, Some(5_400_000.0));
}

#[test]
fn a_span_of_hours_glued_to_a_noun_names_a_kind_of_service() {
    // `24小时智慧服务大厅`, `240小时过境免签政策`: no measure; a time a task takes is one
    // (`压缩至24小时内`, `2小时完成`).
    let ms = summary("建成24小时智慧服务大厅，用好240小时全域过境免签政策，审批时间压缩至12小时内，2小时完成审批。");
    assert!(!find(&ms, "24小时").is_indicator);
    assert!(!find(&ms, "240小时").is_indicator);
    assert!(find(&ms, "12小时").is_indicator);
    assert!(find(&ms, "2小时").is_indicator);
}

#[test]
fn a_mark_passed_with_guo_is_a_milestone() {
    // `跨过600亿元大关，达到614亿元`: the mark is crossed; the level reached is the subject's.
    let ms = summary("预计全年地区生产总值跨过600亿元大关，达到614亿元，增长12.5%。");
    assert!(!find(&ms, "600亿元").is_indicator);
    assert!(label(&ms, "614亿元").ends_with("地区生产总值"));
}

#[test]
fn a_class_right_after_a_count_names_the_things_counted() {
    // `5个1类新药`: the class is part of the things' name, no count of its own.
    let ms = summary("5个1类新药、9个三类创新医疗器械获批上市。");
    assert!(!find(&ms, "1类").is_indicator);
    assert_eq!(label(&ms, "5个"), "1类新药");
}

#[test]
fn a_value_joined_to_a_class_threshold_shares_its_bound() {
    // `引进50亿元或5亿美元以上项目3个`: both values bound the class of projects counted; the
    // count's label takes both. `占地15亩及以上的企业`: `及以上` bounds a class too.
    let ms = plan("全年引进50亿元或5亿美元以上项目3个，整治占地15亩及以上的低效企业50家。");
    for raw in ["50亿元", "5亿美元", "15亩"] {
        assert!(!find(&ms, raw).is_indicator, "{raw}");
    }
    assert_eq!(label(&ms, "3个"), "引进50亿元或5亿美元以上项目");
    assert!(find(&ms, "50家").is_indicator);
}

#[test]
fn years_summed_over_are_a_window() {
    // `5年累计一般公共预算收入达261亿元`: the years the total is counted over.
    let ms = summary("5年累计一般公共预算收入达261亿元。");
    assert!(!find(&ms, "5年").is_indicator);
    assert_eq!(label(&ms, "261亿元"), "一般公共预算收入");
}

#[test]
fn a_paragraph_of_a_news_report_that_opens_the_plan_sets_targets() {
    // A text without headings (a news report of a plan): `今年，某镇将…` and `该县将…` open the
    // year's plan, though the text before reviews the last year.
    let text = "2020年，某镇全年实现财政总收入10.3亿元。\n今年，某镇将聚焦产业攻坚。争取实现财政总收入11亿元，比增7%。\n该县将重点抓好七个方面工作。全年新增规上工业企业25家。\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("10.3亿元"), Some(NumberKind::Amount));
    assert_eq!(kind("11亿元"), Some(NumberKind::Target));
    assert_eq!(kind("7%"), Some(NumberKind::Target));
    assert_eq!(kind("25家"), Some(NumberKind::Target));
}

#[test]
fn policy_packages_issued_in_a_list_are_names() {
    // `出台实施稳经济47条、助企纾困22条、…13条等措施`: the articles of each package name it.
    let ms = summary(
        "出台实施稳经济47条、助企纾困22条、民营企业参与政府投资项目13条等措施,推动经济恢复。",
    );
    for raw in ["47条", "22条", "13条"] {
        assert!(!find(&ms, raw).is_indicator, "{raw}");
    }
    let ms = summary("实施道路改造3条。");
    assert!(find(&ms, "3条").is_indicator);
}

#[test]
fn a_value_between_the_first_of_a_kind_and_its_noun_is_the_kinds_bar() {
    let ms = summary("工业园区产值突破300亿元,成为玉林首个300亿元园区。");
    let values: Vec<bool> = ms
        .iter()
        .filter(|m| m.raw == "300亿元")
        .map(|m| m.is_indicator)
        .collect();
    assert_eq!(values, vec![true, false]);
    // The mark the first (or the Nth) of a kind passed, before `的` and the kind's noun.
    let ms = summary("是全国首个突破13万亿元的省份。佛山成为全省第二个工业总产值突破3万亿元的城市。全市工业总产值突破3万亿元的目标如期实现。");
    assert!(!find(&ms, "13万亿元").is_indicator);
    let values: Vec<bool> = ms
        .iter()
        .filter(|m| m.raw == "3万亿元")
        .map(|m| m.is_indicator)
        .collect();
    assert_eq!(values, vec![false, true]);
}

#[test]
fn a_round_mark_crossed_as_a_historic_point_is_a_milestone() {
    let ms = summary("全年GDP增长6%,总量跨过3000亿元历史性节点。");
    assert!(!find(&ms, "3000亿元").is_indicator);
}

#[test]
fn a_sentence_that_states_the_plan_starts_it_and_plain_lines_after_it_go_on_with_it() {
    // A news report of a plan: `今年，某省将继续实施…` inside its first paragraph, then the
    // items on lines of their own.
    let text = "2024年某省政府工作报告提出，聚焦保障改善民生。今年，某省将继续实施52项民生实事。\n新增公办幼儿园学位1.5万个\n建成乡村健身广场200个\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("52项"), Some(NumberKind::Target));
    assert_eq!(kind("1.5万个"), Some(NumberKind::Target));
    assert_eq!(kind("200个"), Some(NumberKind::Target));
    // `将` before an object is `把`: a review's words.
    let text = "2023年，某镇将产业振兴作为重中之重，新建大棚30个。\n全年新增企业5家。\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("30个"), Some(NumberKind::Amount));
    assert_eq!(kind("5家"), Some(NumberKind::Amount));
}

#[test]
fn a_sentence_that_sets_out_the_years_targets_starts_the_plan() {
    // A news report's lead: a sentence on the year, then its targets, then the plan's topics on
    // lines of their own.
    let text = "报告指出，2018年是决胜之年。今年经济社会发展的主要预期目标是：地区生产总值增长10%。\n基础设施\n推进城市道路建设\n建成市政道路19条，改造市政管网108公里。\n";
    let ms = lenient(text);
    for raw in ["10%", "19条", "108公里"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Target), "{raw}");
    }
    // A review's own target, reached: no plan.
    let text = "某区2023年工作总结\n全区地区生产总值同比增长6%，完成了主要预期目标。\n建成市政道路12条。\n";
    let ms = lenient(text);
    assert_eq!(find(&ms, "12条").kind, Some(NumberKind::Amount));
}

#[test]
fn a_plans_title_leading_a_paragraph_opens_the_plan() {
    let text = "其中提到，2021年全市新能源装机容量达到635.6万千瓦。\n2022年工作安排，稀土产业产值达到500亿元。\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("635.6万千瓦"), Some(NumberKind::Amount));
    assert_eq!(kind("500亿元"), Some(NumberKind::Target));
}

#[test]
fn a_bare_number_before_a_factory_or_parks_noun_is_its_name() {
    let ms = summary("依托大都荟、3511文创园等商圈。完成3507厂生活区棚改项目回迁选房。");
    assert!(ms.iter().all(|m| !m.is_indicator), "{ms:?}");
}

#[test]
fn an_untitled_text_that_bounds_its_figures_and_reports_nothing_done_is_a_plan() {
    // `至少建成2个以上完整社区`, `更新改造地下管网120公里以上`: bounds a plan sets; `规模以上`
    // names a class, no bound.
    let text = "加快建设现代化人民城市。扎实推进56个老旧小区改造。中心城区每个区至少建成2个以上完整社区。更新改造地下管网120公里以上。新增绿化15公顷以上。\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("56个"), Some(NumberKind::Target));
    let text = "2023年规模以上工业增加值突破4万亿元。规模以上工业总产值突破3万亿元。\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("4万亿元"), Some(NumberKind::Amount));
}

#[test]
fn power_written_in_latin_letters_is_a_unit() {
    // `96GW`: gigawatts; `5G`, `4A` stay names.
    let ms = summary("单晶拉棒产能达到96GW,推进5G基站建设,创建4A级景区。");
    let m = find(&ms, "96GW");
    assert_eq!((m.unit.as_deref(), m.is_indicator), (Some("GW"), true));
    assert!(!find(&ms, "5G").is_indicator);
}

#[test]
fn a_news_lead_that_reports_the_speech_does_not_make_a_plan_of_aims_a_review() {
    // `政府工作报告突出了…五个重点` (the one word of work done) before four aims: the plan.
    let text = "关于2011年工作，政府工作报告突出了五个重点。力争全市新兴产业规模达100亿元，确保新增开票销售过亿元企业20家。确保建筑业施工总产值达280亿元。力争年内新增高效农业面积5万亩。全年新增设施农业面积1万亩。\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("1万亩"), Some(NumberKind::Target));
}

#[test]
fn bullets_inside_a_line_part_its_items() {
    // `…加快转型升级·下半年预计新增9个工业投资项目`: each item's words are its own.
    let ms = plan("推动园区加快转型升级·下半年预计新增9个工业投资项目,总投资24.55亿元·下半年力争新增企业70户。");
    assert_eq!(label(&ms, "9个"), "新增工业投资项目");
    assert_eq!(label(&ms, "70户"), "新增企业");
}

#[test]
fn a_count_of_indicators_after_a_list_of_some_of_them_sums_it_up() {
    // `…、增幅等6项指标均居全省前3`: the indicators counted in all, not a measure.
    let ms =
        summary("粮食播种面积、产量及增量、增幅等6项指标均居全省前3。新建学校、医院等10项工程。");
    assert!(!find(&ms, "6项").is_indicator);
    assert!(find(&ms, "10项").is_indicator);
    // A word or two may say which indicators (`核心指标`, `主要经济指标`).
    let ms = summary("规上工业增加值、固定资产投资等四项核心指标位列全区第一。");
    assert!(!find(&ms, "四项").is_indicator);
}

#[test]
fn a_target_passed_before_the_figure_reached_is_a_mark() {
    let ms = summary("规上工业产值突破70亿元目标,达到74.23亿元,同比增长23.75%。");
    assert!(!find(&ms, "70亿元").is_indicator);
    assert!(find(&ms, "74.23亿元").is_indicator);
}

#[test]
fn footnote_marks_in_tortoise_shell_brackets_are_no_measures() {
    let ms = summary("坚持“一号发展战略”〔1〕,奋力实现〔2〕“十四五”奋斗目标,新建学校3所。");
    assert!(!find(&ms, "1").is_indicator);
    assert!(!find(&ms, "2").is_indicator);
}

#[test]
fn a_count_of_categories_right_before_the_things_count_groups_them() {
    // `10大类52项民生实事`: the 52 things are the measure; their 10 categories group them.
    let ms = plan("今年将继续实施10大类52项民生实事,涵盖3类企业。");
    assert!(!find(&ms, "10大类").is_indicator);
    assert!(find(&ms, "52项").is_indicator);
    assert!(find(&ms, "3类").is_indicator);
}

#[test]
fn a_count_in_brackets_closing_a_heading_counts_the_items_under_it() {
    // A task list's heading (`一、…牵头工作(8项)`): how many items follow, no measure.
    let ms = summary("一、县示范区管委会牵头工作(8项)");
    assert!(!find(&ms, "8项").is_indicator);
    let ms = summary("（二）民生实事（共12件）");
    assert!(!find(&ms, "12件").is_indicator);
    // In a sentence, a bracketed count is a measure.
    let ms = summary("完成民生实事，办结群众诉求（共12件）");
    assert!(find(&ms, "12件").is_indicator);
}

#[test]
fn a_bound_in_another_unit_in_brackets_shares_the_class_of_the_bound_before_it() {
    // `5亿元(3000万美元)以上项目`: one bound written in two currencies.
    let ms = plan("全年新签约5亿元(3000万美元)以上项目60个。");
    assert!(!find(&ms, "5亿元").is_indicator);
    assert!(!find(&ms, "3000万美元").is_indicator);
    assert_eq!(label(&ms, "60个"), "新签约5亿元(3000万美元)以上项目");
}

#[test]
fn a_mark_passed_by_a_class_of_places_is_the_classs_bar() {
    // `…突破50亿元的县市`: which places, no measure of this one.
    let ms =
        summary("成为全州一般公共预算收入唯一突破20亿元的县市，一般公共预算支出突破50亿元的县市。");
    assert!(!find(&ms, "50亿元").is_indicator);
    // A mark reached by the subject itself is its measure.
    let ms = summary("一般公共预算支出突破50亿元，增长8%。");
    assert!(find(&ms, "50亿元").is_indicator);
}

#[test]
fn one_thing_counted_after_its_noun_is_a_count() {
    // `新建厂房一座`: `一` and a counter after the noun, ending the clause.
    let ms = summary("今年帮助该企业新建厂房一座，建成公园一处。");
    assert_eq!(find(&ms, "一座").value, Some(1.0));
    assert_eq!(label(&ms, "一处"), "公园");
    // An article before its noun, a saying, and `其中一个` count nothing.
    let ms = summary("建成一座公园，干一项成一项，其中一个。");
    assert!(ms
        .iter()
        .all(|m| m.raw != "一座" && m.raw != "一项" && m.raw != "一个"));
}

#[test]
fn hours_of_teaching_are_a_unit() {
    let ms = plan("配送文艺指导不少于1800课时。");
    assert_eq!(find(&ms, "1800课时").unit.as_deref(), Some("课时"));
}

#[test]
fn the_time_given_to_the_work_is_no_measure() {
    let ms = plan("力争用2-3年时间，使全市大健康产业占GDP比重达到20%。");
    assert!(!find(&ms, "2-3年").is_indicator);
}

#[test]
fn a_round_mark_each_thing_counted_crossed_is_their_classs_bar() {
    // `3个村集体经济收入突破50万元`: which villages, no measure of them.
    let ms = summary("3个村集体经济收入突破50万元，占比75%。");
    assert!(!find(&ms, "50万元").is_indicator);
    let ms = summary("培育12家龙头企业产值超10亿元。");
    assert!(!find(&ms, "10亿元").is_indicator);
    // A total of the things is their measure.
    let ms = summary("5个项目总投资突破10亿元。");
    assert!(find(&ms, "10亿元").is_indicator);
}

#[test]
fn a_time_of_day_is_no_measure() {
    let ms = summary("下午1时30分，大会开幕。");
    assert!(ms.iter().all(|m| !m.is_indicator), "{ms:?}");
}

#[test]
fn a_report_quoted_at_length_splits_its_clauses_as_the_report_does() {
    // A news report quoting the report: the quote is prose, not a name.
    let ms = plan(
        "“2018年我县经济社会发展的主要预期目标是:生产总值增长8.5%以上,服务业增加值增长13%以上……”一个个具体的目标。",
    );
    assert_eq!(label(&ms, "8.5%"), "生产总值增长");
    assert_eq!(label(&ms, "13%"), "服务业增加值增长");
}

#[test]
fn a_count_in_words_after_a_quoted_list_counts_a_formulas_items() {
    let ms = plan("抓牢“工业强县、生态富县”两条主线，推进“突破园区”头号工程。");
    assert!(!find(&ms, "两条").is_indicator);
    // The things themselves, done, are counted.
    let ms = summary("至此，“修机场、造海港、通高铁”三件大事圆满完成。");
    assert!(find(&ms, "三件").is_indicator);
    // Unquoted, a list as long as the count before a formula's noun.
    let ms = plan("抓好改革、发展、稳定三件大事，守住综治维稳、计划生育、安全生产三条底线。");
    assert!(!find(&ms, "三件").is_indicator);
    assert!(!find(&ms, "三条").is_indicator);
    // Places named before their count are counted.
    let ms = plan("建设甲、乙两个园区。");
    assert!(find(&ms, "两个").is_indicator);
    // The Party's fixed formulas are names after any verb or list.
    let ms = summary("以坚定捍卫两个确立、坚决做到两个维护的高度政治自觉，新建学校三所。");
    assert!(
        ms.iter().all(|m| !m.is_indicator || m.raw == "三所"),
        "{ms:?}"
    );
}

#[test]
fn the_day_of_a_news_reports_dateline_is_no_measure() {
    let ms = summary("本报泽当1月 10日电(记者 段敏)日前，记者从会议上了解到。");
    assert!(ms.iter().all(|m| !m.is_indicator), "{ms:?}");
}

#[test]
fn a_tier_of_places_of_a_kind_in_a_whole_scope_is_a_rank() {
    let ms = summary("粮食生产“十四连丰”，稳居全国产粮大市第一方阵。");
    assert_eq!(find(&ms, "第一方阵").kind, Some(NumberKind::Rank));
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
fn a_measures_abbreviation_glued_before_its_figure_names_what_it_measures() {
    let ms = summary("全年完成GDP2917.85亿元，PM2.5平均浓度下降，G4高速建成。");
    let m = find(&ms, "2917.85亿元");
    assert!(m.is_indicator);
    assert_eq!(m.base_value, Some(291_785_000_000.0));
    // Names of a pollutant and a road keep their letters.
    assert!(!find(&ms, "PM2.5").is_indicator);
    assert!(!find(&ms, "G4").is_indicator);
}

#[test]
fn a_number_in_a_file_name_names_the_file() {
    // A copied web page leaves its images' and attachments' names (`图片7.jpg`, `附件2.PDF`).
    let ms = summary("会议召开。图片7.jpg 会议指出,新建学校3所。详见附件2.PDF。");
    assert!(!find(&ms, "7").is_indicator);
    assert!(!find(&ms, "2").is_indicator);
    assert!(find(&ms, "3所").is_indicator);
}
