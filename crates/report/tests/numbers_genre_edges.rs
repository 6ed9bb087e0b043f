//! Label edges and debris as reports of the genre write them: the words before, after or around a
//! label that name nothing measured (adverbs of effort, aims, times, causes, means, the government
//! naming itself, a mark crossed on the way, a statement after the measure) and the remarks, notes
//! and markers in or beside it (issue "Numbers on reports it has never seen"), one test per class
//! of text; the other classes are in the other `numbers_genre*.rs` files. Each sentence is made up
//! in the shape the corpus shows; none is copied from a gold report.

mod common;

use common::{label, plan, summary};

#[test]
fn a_mark_crossed_in_words_before_the_figure_reached_is_no_part_of_its_label() {
    let ms = summary(
        "经济总量突破千亿大关，达到1012.5亿元，增长6.8%；社会消费品零售总额在全市率先突破千亿，达到1003.3亿元。",
    );
    assert_eq!(label(&ms, "1012.5亿元"), "经济总量");
    assert_eq!(label(&ms, "6.8%"), "经济总量增长");
    assert_eq!(label(&ms, "1003.3亿元"), "社会消费品零售总额");
}

#[test]
fn the_adverb_and_scope_of_crossing_a_mark_are_no_part_of_the_label() {
    let ms =
        summary("新增企业8.5万家，总数在全省各区(县)率先突破50万家。税收在全市率先突破10亿元。");
    assert_eq!(label(&ms, "50万家"), "企业总数");
    assert_eq!(label(&ms, "10亿元"), "税收");
    // A scope without such an adverb may be a rank's.
    let ms = summary("主要经济指标增速在全省排名靠前。");
    assert_eq!(label(&ms, "靠前"), "主要经济指标增速全省排名");
}

#[test]
fn a_statement_after_a_measure_is_no_part_of_its_label() {
    let ms =
        summary("东风村盘活闲置土地约120亩以建设产业园二期，盘活土地面积6.5亩引进检测公司一家。");
    assert_eq!(label(&ms, "120亩"), "东风村盘活闲置土地");
    assert_eq!(label(&ms, "6.5亩"), "盘活土地面积");
    // A project's name, an investment's work and a span keep what follows them.
    let ms = plan("实施城北水厂5万吨扩建项目。");
    assert_eq!(label(&ms, "5万吨"), "实施城北水厂扩建项目");
    let ms = summary("投资800万元完成了实验中学教学楼建设。");
    assert_eq!(label(&ms, "800万元"), "实验中学教学楼建设投资");
}

#[test]
fn a_bracketed_note_on_how_a_figure_is_written_is_no_word_of_its_label() {
    let ms = summary(
        "完成地区生产总值2100亿元，同比(下同)增长5.2%。输转富余劳动力3000人(次)，比上年增长15%。",
    );
    assert_eq!(label(&ms, "5.2%"), "地区生产总值同比增长");
    assert_eq!(label(&ms, "3000人"), "输转富余劳动力");
    // Alternates in brackets stay (`县(市、区)`).
    let ms = summary("4个县(市、区)被评为先进单位。");
    assert_eq!(label(&ms, "4个"), "县(市、区)");
}

#[test]
fn a_conversion_phrase_names_nothing_measured() {
    let ms = summary(
        "人均地区生产总值年均增长5.2%，按年平均汇率折算达到12800美元。人均收入按可比价计算增长6%。",
    );
    assert_eq!(label(&ms, "12800美元"), "人均地区生产总值");
    assert_eq!(label(&ms, "6%"), "人均收入增长");
}

#[test]
fn an_estimate_remark_and_a_multiple_name_nothing_of_what_follows() {
    // `(预计,下同)`: how the figure was got; a growth after a multiple is of the level.
    let ms = summary("2020年完成地区生产总值(预计,下同)650亿元，是2015年的1.5倍，年均增长7.2%。");
    assert_eq!(label(&ms, "650亿元"), "地区生产总值");
    assert_eq!(label(&ms, "1.5倍"), "地区生产总值是2015年的倍数");
    assert_eq!(label(&ms, "7.2%"), "地区生产总值年均增长");
}

#[test]
fn an_ordinal_that_makes_a_word_and_a_price_basis_stay_in_the_label() {
    // `第三产业` is one word; `可比价` says how the growth is measured, not of what.
    let ms = summary("其中第三产业增加值520.3亿元。预计实现地区生产总值1200亿元、可比价增长5.1%。");
    assert_eq!(label(&ms, "520.3亿元"), "第三产业增加值");
    assert_eq!(label(&ms, "5.1%"), "地区生产总值可比价增长");
}

#[test]
fn what_affected_a_figure_names_nothing_measured() {
    // `受疫情影响`: the cause; the rate is of the figure before it.
    let ms = summary("完成规模工业应税销售39.61亿元，受疫情影响同比降幅9.3%。");
    assert_eq!(label(&ms, "9.3%"), "规模工业应税销售同比降幅");
}

#[test]
fn a_quarter_or_half_says_when_and_an_abbreviation_repeats_the_term() {
    let ms =
        summary("前三季度全街生产总值(GDP)99.12亿元，可比增长4.6%。上半年空气质量优良率达94.9%。");
    assert_eq!(label(&ms, "99.12亿元"), "全街生产总值");
    assert_eq!(label(&ms, "4.6%"), "全街生产总值可比增长");
    assert_eq!(label(&ms, "94.9%"), "空气质量优良率");
}

#[test]
fn how_a_figure_was_obtained_is_no_part_of_its_label() {
    // `初步核算`, `据初步统计`: the estimate's source, not what is measured.
    let ms = summary("初步核算地区生产总值达1284.61亿元。据初步统计社会消费品零售总额120亿元。");
    assert_eq!(label(&ms, "1284.61亿元"), "地区生产总值");
    assert_eq!(label(&ms, "120亿元"), "社会消费品零售总额");
    // The standard it is counted by too.
    let ms = summary("现行标准下建档立卡贫困户1121户全部脱贫。");
    assert_eq!(label(&ms, "1121户"), "建档立卡贫困户脱贫");
}

#[test]
fn a_bracketed_note_of_several_remarks_is_no_part_of_a_label() {
    // `（预计数，下同）`: how the figures are given, for this one and the ones after.
    let ms = summary("实现地区生产总值1135亿元（预计数，下同），增长9%。");
    assert_eq!(label(&ms, "1135亿元"), "地区生产总值");
    assert_eq!(label(&ms, "9%"), "地区生产总值增长");
}

#[test]
fn an_aim_before_the_verb_is_no_part_of_the_measure() {
    // `工业投入力争达到700亿元`: `力争` makes it a target; the measure is the investment.
    let ms = plan("全年工业投入力争达到700亿元以上，重点项目投资争取达到300亿元。");
    assert_eq!(label(&ms, "700亿元"), "工业投入");
    assert_eq!(label(&ms, "300亿元"), "重点项目投资");
}

#[test]
fn a_step_crossed_in_words_is_no_part_of_what_grew() {
    // `地区生产总值跃上百亿元台阶，增长3.8%`: the growth is of the output, not of the step.
    let ms = summary("全县地区生产总值跃上百亿元台阶，增长3.8%。");
    assert_eq!(label(&ms, "3.8%"), "全县地区生产总值增长");
}

#[test]
fn a_government_naming_itself_is_no_part_of_a_label() {
    // `筛选确定我市100户重点工业企业`: `我市` is the report's own scope.
    let ms = plan("筛选确定我市100户重点工业企业，支持我区30家企业上市。");
    assert_eq!(label(&ms, "100户"), "筛选确定重点工业企业");
}

#[test]
fn a_remark_right_after_a_number_is_about_the_figure() {
    // `达到1207.76亿元（预计，下同）`: the remark is no label; the level is the sentence's
    // measure, not the comparison's basis before it (`比“九五”时期提高`).
    let ms = summary("全市地区生产总值年均增速为12.6%，比“九五”时期提高0.6个百分点；2025年达到1207.76亿元（预计，下同）。");
    assert_eq!(label(&ms, "1207.76亿元"), "全市地区生产总值");
}

#[test]
fn already_is_no_part_of_a_label() {
    // `农村居民收入已连续18年居全省第一`: `已` says when, not what.
    let ms = summary("农村居民收入已连续18年居全省第一。");
    assert_eq!(label(&ms, "18年"), "农村居民收入居全省第一");
    assert_eq!(label(&ms, "第一"), "农村居民收入全省排名");
}

#[test]
fn a_plans_period_opening_the_words_says_when() {
    // `“十三五”期间年均增长6.3%`: the growth is of the sentence's subject; a year opening the
    // clause before (`2020年地区生产总值突破两千亿元`) leaves its subject after it.
    let ms = summary(
        "2020年地区生产总值突破两千亿元，达到2086.93亿元，同比增长2.8%；“十三五”期间年均增长6.3%。",
    );
    assert_eq!(label(&ms, "2086.93亿元"), "地区生产总值");
    assert_eq!(label(&ms, "2.8%"), "地区生产总值同比增长");
    assert_eq!(label(&ms, "6.3%"), "地区生产总值年均增长");
    // The same with the mark crossed written in digits.
    let ms = summary("2020年地区生产总值突破2000亿元，达到2086.93亿元，同比增长2.8%。");
    assert_eq!(label(&ms, "2086.93亿元"), "地区生产总值");
}

#[test]
fn up_to_now_says_when_not_what() {
    let ms = summary("截至目前库存应急物资有46种,17.05万份。");
    assert_eq!(label(&ms, "46种"), "库存应急物资");
}

#[test]
fn how_long_a_result_took_is_no_part_of_what_it_measures() {
    // `用四年时间基本实现了…`: the time taken and the result reached open the words.
    let ms = summary("用四年时间基本实现了经济总量翻一番。");
    assert_eq!(label(&ms, "一番"), "经济总量翻番");
}

#[test]
fn steps_crossed_counted_in_words_are_no_part_of_the_label() {
    // `连跨两个千亿级台阶`: how many steps of what size the measure crossed.
    let ms = summary("生产总值连跨两个千亿级台阶，2015年达到3384.8亿元，是2010年的2.2倍。");
    assert_eq!(label(&ms, "3384.8亿元"), "生产总值");
    assert_eq!(label(&ms, "2.2倍"), "生产总值是2010年的倍数");
    // The level's stage is no part of what a multiple compares.
    let ms = summary("固定资产投资累计完成538.08亿元，是前五年的1.25倍。");
    assert_eq!(label(&ms, "1.25倍"), "固定资产投资是前五年的倍数");
}

#[test]
fn who_states_a_plan_and_when_open_no_label() {
    // A news report's `该镇今年将完成…`, a report's `我镇今年将…`.
    let ms = plan("该镇今年将完成地区生产总值164亿元，全镇将实现工业总产值480亿元。");
    assert_eq!(label(&ms, "164亿元"), "地区生产总值");
    assert_eq!(label(&ms, "480亿元"), "全镇工业总产值");
    // A light verb alone may be the measure's own words.
    let ms = summary("完成投资5.2亿元。");
    assert_eq!(label(&ms, "5.2亿元"), "完成投资");
}

#[test]
fn a_means_of_the_work_is_no_part_of_what_it_counted() {
    // `通过…等形式`, `通过…的方式`: how the work was done.
    let ms = summary("通过“以商招商”“以链招商”等形式收集线索32条。");
    assert_eq!(label(&ms, "32条"), "收集线索");
    let ms = summary("通过线上线下相结合的方式培训1200人。");
    assert_eq!(label(&ms, "1200人"), "培训");
}

#[test]
fn a_place_before_what_it_has_is_the_government_reporting() {
    let ms = summary("高都街道现有工业规模以上企业19家。");
    assert_eq!(label(&ms, "19家"), "工业规模以上企业");
}

#[test]
fn done_already_and_beyond_what_was_expected_name_nothing_measured() {
    let ms = summary("截至目前，已超预期完成固定资产投资35.93亿元，同比增长168%。");
    assert_eq!(label(&ms, "35.93亿元"), "固定资产投资");
    assert_eq!(label(&ms, "168%"), "固定资产投资同比增长");
}

#[test]
fn a_word_saying_a_lists_values_were_aims_is_no_part_of_a_label() {
    let ms = plan("确保完成税收9亿元、新设企业1000家目标任务。");
    assert_eq!(label(&ms, "1000家"), "新设企业");
}

#[test]
fn and_also_joins_another_thing_done_not_a_part_of_the_label() {
    // `…改造并推进…`: cut at `并`; not inside `并网`, `合并`.
    let ms = summary("完成北银、裕园2个老旧小区改造并推进华顺公寓等3个老旧小区改造。");
    assert_eq!(label(&ms, "2个"), "老旧小区改造");
    let ms = summary("光伏电站1座并网发电。");
    assert_eq!(label(&ms, "1座"), "光伏电站并网发电");
}

#[test]
fn what_can_be_done_names_nothing_counted() {
    let ms = summary("预计2025年可完成税收1亿元。");
    assert_eq!(label(&ms, "1亿元"), "税收");
}

#[test]
fn a_place_naming_itself_before_an_aim_or_a_time_is_no_part_of_the_label() {
    let ms = plan("山南市力争今年地区生产总值增长8%左右。");
    assert_eq!(label(&ms, "8%"), "地区生产总值增长");
    // Each of a kind of place is a quota's scope, kept.
    let ms = plan("每个县区全年至少招引链主企业或头部企业一个。");
    assert_eq!(label(&ms, "一个"), "每个县区全年招引链主企业或头部企业");
}

#[test]
fn grew_to_is_no_part_of_the_things_counted() {
    let ms = summary("“四上”企业增至518家，同比增长15.37%。");
    assert_eq!(label(&ms, "518家"), "“四上”企业");
    assert_eq!(label(&ms, "15.37%"), "“四上”企业同比增长");
}

#[test]
fn a_standing_phrase_run_into_the_sentence_is_no_part_of_the_subject() {
    // A copy that lost the break after a heading `工业经济稳中有进`.
    let ms = summary("工业经济稳中有进规上工业总产值1818亿元，现价增长24.2%。");
    assert_eq!(label(&ms, "1818亿元"), "规上工业总产值");
    assert_eq!(label(&ms, "24.2%"), "规上工业总产值现价增长");
    // A heading of a new high (`资金争取实现新突破`) the same way.
    let ms = summary("资金争取实现新突破向上争取各类竞争性资金46.4亿元、同比增长60.5%。");
    assert_eq!(label(&ms, "46.4亿元"), "向上争取各类竞争性资金");
    // Nothing named after it: the phrase stays where it is.
    let ms = summary("粮食生产稳中有升，总产量达到52万吨。");
    assert_eq!(label(&ms, "52万吨"), "粮食生产总产量");
}

#[test]
fn the_marker_of_a_paragraphs_place_in_a_run_is_no_part_of_a_label() {
    let ms = summary("一是完成8个老旧小区改造项目。");
    assert_eq!(label(&ms, "8个"), "老旧小区改造项目");
    let ms = summary("第二，全年新增就业1.2万人。");
    assert_eq!(label(&ms, "1.2万人"), "新增就业");
}

#[test]
fn a_star_marking_items_of_a_list_is_no_word_of_a_label() {
    let ms = plan("*新增1家社区长者食堂、*3家乡村长者照护之家。");
    assert_eq!(label(&ms, "3家"), "新增乡村长者照护之家");
}

#[test]
fn to_do_well_names_nothing_counted() {
    // `重点抓好15件大事和民生实事`: the count is of the affairs.
    let ms = plan("县政府将继续优先保障民生投入,重点抓好15件大事和民生实事。");
    assert_eq!(label(&ms, "15件"), "大事和民生实事");
}

#[test]
fn an_adverb_of_effort_opens_no_label() {
    // `切实完成…`, `着力建成…`, `扎实推进…`: how hard the work is done, not what is measured.
    let ms = plan(
        "切实完成2.766万亩粮食生产种植，着力建成1.5万亩烟叶示范基地，扎实推进56个老旧小区改造。",
    );
    assert_eq!(label(&ms, "2.766万亩"), "粮食生产种植");
    assert_eq!(label(&ms, "1.5万亩"), "烟叶示范基地");
    assert!(label(&ms, "56个").starts_with("老旧小区"));
}

#[test]
fn a_facility_rating_before_its_noun_is_a_word_of_what_is_measured() {
    // `10千伏` rates the lines (no indicator of its own), and the length is of those lines.
    let ms = summary("改造规模10千伏线路8.46公里。建成35千伏变电站2座。");
    assert_eq!(label(&ms, "8.46公里"), "改造规模10千伏线路");
    assert_eq!(label(&ms, "2座"), "35千伏变电站");
}
