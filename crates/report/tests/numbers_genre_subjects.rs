//! Subjects carried as reports of the genre write them: the thing a bare measure, level or growth
//! borrows from its sentence, its statement, its clause or its topic, and what a part of the place,
//! a per-unit word or an amount restated in another unit measures (issue "Numbers on reports it has
//! never seen"), one test per class of text; the other classes are in the other `numbers_genre*.rs`
//! files. Each sentence is made up in the shape the corpus shows; none is copied from a gold
//! report.

mod common;

use common::{label, summary};

#[test]
fn a_measure_inside_the_subjects_own_measure_is_a_part_of_it() {
    // `出口` of `进出口总额`: no `进出口总额出口`.
    let ms = summary("外贸进出口总额86.2亿美元，增长12%，其中出口51.3亿美元，增长9%。");
    assert_eq!(label(&ms, "51.3亿美元"), "出口");
    assert_eq!(label(&ms, "9%"), "出口增长");
    // A measure of the thing the sentence is about still takes the thing.
    let ms = summary("茶叶总产量达到3万吨，实现产值12亿元。");
    assert_eq!(label(&ms, "12亿元"), "茶叶产值");
}

#[test]
fn a_bare_price_or_volume_takes_the_thing_the_sentence_is_about() {
    let ms = summary("蚕茧收购量60万公斤，实现产值1800万元，均价30元。");
    assert_eq!(label(&ms, "1800万元"), "蚕茧产值");
    assert_eq!(label(&ms, "30元"), "蚕茧均价");
}

#[test]
fn a_bare_measure_after_a_semicolon_takes_the_thing_of_the_statement_before_it() {
    let ms = summary(
        "规模以上工业增加值620亿元，增长9.1%；实现利税180.5亿元、利润96.2亿元，分别增长12%和8%。",
    );
    assert_eq!(label(&ms, "180.5亿元"), "规模以上工业利税");
    assert_eq!(label(&ms, "96.2亿元"), "规模以上工业利润");
    assert_eq!(label(&ms, "8%"), "规模以上工业利润增长");
    // A full stop ends the statement.
    let ms = summary("规模以上工业增加值620亿元。实现利税180.5亿元。");
    assert_eq!(label(&ms, "180.5亿元"), "利税");
}

#[test]
fn a_bare_measure_after_a_semicolon_borrows_a_thing_not_another_measure() {
    let ms = summary("限上社销零总额2.1亿元，增长5%；税收1589万元，占全年目标的83%。");
    assert_eq!(label(&ms, "1589万元"), "税收");
}

#[test]
fn a_bare_measure_after_another_measure_takes_no_thing_from_it() {
    // `一般公共预算收入…，税收…`: the revenue is a measure, not the thing the taxes are of.
    let ms = summary("一般公共预算收入从3000万元增加到5000万元，税收由1200万元增加到2600万元。");
    assert_eq!(label(&ms, "1200万元"), "税收");
    // A thing with its own measure still lends the thing.
    let ms = summary("茶叶总产量达到2万吨，实现产值6亿元。");
    assert_eq!(label(&ms, "6亿元"), "茶叶产值");
}

#[test]
fn a_per_unit_word_alone_measures_the_sentences_subject_per_unit() {
    // `人均突破31万元`, `地均迈上76亿元/平方公里新台阶`: per person, per area of the subject; the
    // step reached around the number names nothing.
    let ms = summary("地区生产总值1600亿元，人均突破31万元、地均迈上76亿元/平方公里新台阶。");
    assert_eq!(label(&ms, "31万元"), "人均地区生产总值");
    assert_eq!(label(&ms, "76亿元/平方公里"), "地均地区生产总值");
}

#[test]
fn a_level_after_a_multiple_written_first_is_of_the_multiples_subject() {
    // `是2020年的1.4倍、跃升至1851.7亿元`: the multiple's words before `是` are the subject the
    // level after it and the rank after that take.
    let ms = summary("社会消费品零售总额是2020年的1.4倍、跃升至1851.7亿元，居全市第2。");
    assert_eq!(label(&ms, "1851.7亿元"), "社会消费品零售总额");
    assert_eq!(label(&ms, "第2"), "社会消费品零售总额全市排名");
}

#[test]
fn a_later_measure_takes_the_thing_without_the_earlier_measure() {
    // `X主营业务收入…、增加值…`: the second measure is of `X`, not of `X主营业务收入`.
    let ms = summary("数字经济核心产业主营业务收入突破2万亿元、增加值突破7000亿元。");
    assert_eq!(label(&ms, "7000亿元"), "数字经济核心产业增加值");
}

#[test]
fn an_amount_restated_in_another_unit_measures_the_same_thing() {
    // `约合`, `折合人民币`: the second amount is the first one in another currency.
    let ms = summary(
        "实际使用外资175亿美元左右、约合1243亿元人民币。出口额15亿美元，折合人民币100亿元。",
    );
    assert_eq!(label(&ms, "1243亿元"), "实际使用外资");
    assert_eq!(label(&ms, "100亿元"), "出口额");
}

#[test]
fn a_bare_value_added_after_a_light_verb_takes_the_sentences_thing() {
    // `…总产值…，实现增加值…`: `增加值` holds a growth verb but is a measure, of the sentence's thing.
    let ms = summary("规模以上工业企业总产值1265.13亿元，实现增加值240.91亿元，同口径增长5.2%。");
    assert_eq!(label(&ms, "240.91亿元"), "规模以上工业企业增加值");
    assert_eq!(label(&ms, "5.2%"), "规模以上工业企业增加值同口径增长");
}

#[test]
fn a_bare_measure_is_of_the_thing_its_clause_speaks_of() {
    // `钢铁、铝业…等五大支柱产业不断做大做强，完成增加值…`: the thing is the class after the
    // examples, without what the clause says of it.
    let ms = summary(
        "钢铁、铝业、装备制造等五大支柱产业不断做大做强，完成增加值910亿元，是2007年的2.5倍。",
    );
    assert_eq!(label(&ms, "910亿元"), "五大支柱产业增加值");
}

#[test]
fn a_part_of_a_statement_naming_only_its_time_measures_what_the_statement_does() {
    // `…累计完成2039亿元；2025年达到600亿元`, `…；其中2025年完成305亿元`: the later part names
    // only a year and a light verb; it measures the statement's amount in that year, and the
    // growth after it grows that measure.
    let ms = summary(
        "全社会固定资产投资累计完成2039亿元，年均增长16.5%；2025年达到600亿元，比上年增长34.7%。",
    );
    assert_eq!(label(&ms, "600亿元"), "全社会固定资产投资");
    assert_eq!(label(&ms, "34.7%"), "全社会固定资产投资比上年增长");
    let ms =
        summary("五年累计完成全社会工业投入876.8亿元；其中2025年完成305亿元，比上年净增100亿元。");
    assert_eq!(label(&ms, "305亿元"), "全社会工业投入");
    // A year with its own subject keeps it.
    let ms = summary("全社会固定资产投资累计完成2039亿元；2025年工业投资达到300亿元。");
    assert_eq!(label(&ms, "300亿元"), "工业投资");
}

#[test]
fn a_time_and_a_light_verb_after_a_topic_clause_measure_the_topic() {
    // `…技改投资高幅增长，全年完成190亿元`: the clause before names what was completed.
    let ms = summary("规模以上工业技改投资高幅增长，全年完成190亿元，增长35%。");
    assert_eq!(label(&ms, "190亿元"), "规模以上工业技改投资");
    assert_eq!(label(&ms, "35%"), "规模以上工业技改投资增长");
}

#[test]
fn a_crops_yield_after_its_area_is_of_the_crop() {
    let ms = summary("完成夏粮收获面积20.52万亩,总产3.95万吨。");
    assert_eq!(label(&ms, "3.95万吨"), "夏粮总产");
}

#[test]
fn gai_and_a_noun_name_the_thing_the_paragraphs_lead_names() {
    // `（四）酒村净菜加工项目：该项目占地10亩`: `该项目` points back at the lead.
    let ms = summary("(四)酒村净菜加工项目:该项目占地10亩,预计投资1000余万元。");
    assert_eq!(label(&ms, "10亩"), "酒村净菜加工项目占地");
}

#[test]
fn a_sentence_about_what_a_part_of_the_place_achieved_measures_that_part() {
    // `天易经开区实现…；完成…；…`: each figure of the sentence is the zone's.
    let ms = summary(
        "天易经开区实现技工贸总收入1200亿元;完成地区生产总值430亿元;引进项目90个。全县新增企业5家。",
    );
    assert_eq!(label(&ms, "1200亿元"), "天易经开区技工贸总收入");
    assert_eq!(label(&ms, "430亿元"), "天易经开区地区生产总值");
    assert_eq!(label(&ms, "90个"), "天易经开区引进项目");
    assert_eq!(label(&ms, "5家"), "全县新增企业");
    // A class of zones built is no part named.
    let ms = summary("建成省级以上开发区22个，注册企业1.5万余家。");
    assert_eq!(label(&ms, "1.5万余家"), "注册企业");
}

#[test]
fn circumstances_and_a_generic_heads_share_take_the_subject() {
    // `在高基数下` says how; `总量占全区` is the share of the figure before.
    let ms = summary("外贸进出口总额在高基数下实现2730亿元,总量占全区36%。");
    assert_eq!(label(&ms, "2730亿元"), "外贸进出口总额");
    assert_eq!(label(&ms, "36%"), "外贸进出口总额占全区");
}

#[test]
fn a_stage_of_business_alone_takes_the_thing_before_it() {
    // `签约…，落地…`: the stages of the projects the first clause names.
    let ms = summary("项目储备完成1700亿元，签约完成263亿元，落地完成183亿元，投产完成137亿元。原煤产量达到661万吨，销售638万吨。木材进口初见成效，合计进口240多万美元。");
    assert_eq!(label(&ms, "263亿元"), "项目签约");
    assert_eq!(label(&ms, "183亿元"), "项目落地");
    assert_eq!(label(&ms, "137亿元"), "项目投产");
    assert_eq!(label(&ms, "638万吨"), "原煤销售");
    assert_eq!(label(&ms, "240多万美元"), "木材进口");
}

#[test]
fn a_bare_measures_growth_is_of_the_thing_whose_other_measure_grew() {
    // `…企业营业收入增长10%，利润增长15%`: the firms' profit.
    let ms = summary("规模以上工业企业营业收入增长10%，利润增长15%。");
    assert_eq!(label(&ms, "15%"), "规模以上工业企业利润增长");
    // A subject that is no measure of a thing lends nothing.
    let ms = summary("地区生产总值增长5%，利润增长3%。");
    assert_eq!(label(&ms, "3%"), "利润增长");
}

#[test]
fn only_so_much_is_said_of_the_level_not_named_by_it() {
    // `人均仅0.25亩`: the per-person level of the subject before; `才`, `仅` say it is small.
    let ms = summary("耕地面积缩减到6700亩，人均仅0.25亩。");
    assert_eq!(label(&ms, "6700亩"), "耕地面积");
    assert_eq!(label(&ms, "0.25亩"), "人均耕地面积");
    let ms = summary("耕地面积6700亩，人均才0.25亩。");
    assert_eq!(label(&ms, "0.25亩"), "人均耕地面积");
    // Talent is no `only`.
    let ms = summary("引进人才50人。");
    assert_eq!(label(&ms, "50人"), "引进人才");
}

#[test]
fn a_line_of_a_plans_progress_measures_what_the_plan_names() {
    // The year's plan frames the first figure; the later ones, and an estimate, measure it.
    let ms = summary("——年计划完成地区生产总值617亿元以上，1—9月完成428.3亿元，同比增长2.2%，全年预计完成600亿元。");
    assert_eq!(label(&ms, "428.3亿元"), "地区生产总值");
    assert_eq!(label(&ms, "600亿元"), "地区生产总值");
    let ms = summary("——年计划固定资产投资增长9%以上，1—10月完成170.6亿元，同比增长7.9%，排湘潭市第一，全年预计同比增长8.0%。");
    assert_eq!(label(&ms, "第一"), "固定资产投资湘潭市排名");
    assert_eq!(label(&ms, "8.0%"), "固定资产投资同比增长");
    // `排名` is the ranking's word, no `排` before a place.
    let ms = summary("规模以上工业增加值增长8%，排名全省第1。");
    assert_eq!(label(&ms, "第1"), "规模以上工业增加值全省排名");
}

#[test]
fn exports_as_an_item_of_a_list_of_indicators_stand_alone() {
    // `实际利用外资15975万美元；出口13525万美元`: the exports, not the foreign capital's.
    let ms = summary("实际利用外资15975万美元,增长20.1%;出口13525万美元,增长3.6%。");
    assert_eq!(label(&ms, "13525万美元"), "出口");
    assert_eq!(label(&ms, "3.6%"), "出口增长");
    // A stage of business after a comma still borrows its thing.
    let ms = summary("项目储备完成1700亿元，签约完成263亿元。");
    assert_eq!(label(&ms, "263亿元"), "项目签约");
}

#[test]
fn an_estimate_alone_borrows_the_subject_that_opens_its_sentence() {
    // `地区生产总值今年继续保持较快增长势头，…，全年预计达1100亿元、增长6%`.
    let ms = summary(
        "地区生产总值今年继续保持较快增长势头,前三季度增速居全省第1、长三角第2位,全年预计达1100亿元、增长6%。",
    );
    assert_eq!(label(&ms, "1100亿元"), "地区生产总值");
    assert_eq!(label(&ms, "6%"), "地区生产总值增长");
}

#[test]
fn a_bare_measure_takes_the_thing_of_its_topic_without_its_manner_or_the_class_it_entered() {
    // `粮食稳产增收`: how the crop did; `跻身国家级集群`: what the industry entered.
    let ms = summary(
        "粮食稳产增收，总产达到58.7亿斤。新能源动力电池产业跻身国家级集群，产值突破600亿元。",
    );
    assert_eq!(label(&ms, "58.7亿斤"), "粮食总产");
    assert_eq!(label(&ms, "600亿元"), "新能源动力电池产业产值");
}

#[test]
fn a_growth_after_a_mark_passed_keeps_its_comparison_with_a_year() {
    // `生产总值突破3000亿元大关，较2017年增长46.6%`: the subject is the mark's clause's; the
    // comparison with a year is the growth's own wording, no subject of its own.
    let ms = summary("生产总值突破3000亿元大关，较2017年增长46.6%。");
    assert_eq!(label(&ms, "46.6%"), "生产总值较2017年增长");
}
