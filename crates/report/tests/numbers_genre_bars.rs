//! Bars and marks as reports of the genre write them: thresholds and size classes that name the
//! things counted, milestones passed and counts that sum up a list (issue "Numbers on reports it
//! has never seen"), one test per class of text; the other classes are in the other
//! `numbers_genre*.rs` files. Each sentence is made up in the shape the corpus shows; none is
//! copied from a gold report.

mod common;

use common::{find, label, plan, summary};
use report::{NumberKind, NumberMention};

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
fn a_threshold_inside_the_subject_is_part_of_it() {
    let ms = plan("年经营收入50万元以上的合作社达到30%以上。");
    assert_eq!(label(&ms, "30%"), "年经营收入50万元以上的合作社");
    // Other numbers before `的` are not thresholds: the subject is the number's own.
    let ms = summary("总投资12亿元的8个产业项目开工。");
    assert_eq!(label(&ms, "8个"), "产业项目开工");
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
fn the_bar_a_class_of_things_counted_passes_is_no_measure() {
    let ms = summary("新增2家产销过100亿元、5家过10亿元的骨干企业。");
    assert!(!find(&ms, "100亿元").is_indicator);
    assert!(!find(&ms, "10亿元").is_indicator);
    assert!(find(&ms, "5家").is_indicator);
}

#[test]
fn a_round_mark_of_a_step_reached_is_a_milestone() {
    let ms = summary("全市经济总量跨上2000亿元新台阶，地均产出迈上68亿元/平方公里新台阶。");
    assert!(!find(&ms, "2000亿元").is_indicator);
    assert!(find(&ms, "68亿元/平方公里").is_indicator);
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
fn a_rate_after_a_verb_of_crossing_a_mark_is_the_level_reached() {
    let ms = summary("城镇化率突破65%，民间投资占全部投资比重突破55%。");
    assert_eq!(label(&ms, "65%"), "城镇化率");
    assert_eq!(label(&ms, "55%"), "民间投资占全部投资比重");
}

#[test]
fn a_bar_led_by_chao_right_before_the_things_counted_is_their_class() {
    // `引进总投资超30亿元或3亿美元重大项目5个`: the bar (in two currencies) says which projects;
    // the count's label keeps it, as `超500亿元的企业` does before `的`.
    let ms = summary("引进总投资超30亿元或3亿美元重大项目5个，新签约超10亿元项目12个。");
    for raw in ["30亿元", "3亿美元", "10亿元"] {
        assert!(!find(&ms, raw).is_indicator, "{raw}");
    }
    assert_eq!(label(&ms, "5个"), "引进总投资超30亿元或3亿美元重大项目");
    assert_eq!(label(&ms, "12个"), "新签约超10亿元项目");
    // A bar with no things counted after it is a level reached.
    let ms = summary("全年实际利用外资超3亿美元，增长5%。");
    assert!(find(&ms, "3亿美元").is_indicator);
}

#[test]
fn a_mark_passed_right_after_its_figure_restates_it_and_lends_no_subject() {
    // `314.04亿元，首次突破300亿元`: the mark repeats the figure before it; the growths after it
    // describe that figure, over a span of years too (`五年年均增长`).
    let ms = summary("全市生产总值314.04亿元，首次突破300亿元，比上年增长7.8%，五年年均增长9.9%。");
    assert!(!find(&ms, "300亿元").is_indicator);
    assert_eq!(label(&ms, "7.8%"), "全市生产总值比上年增长");
    assert_eq!(label(&ms, "9.9%"), "全市生产总值五年年均增长");
}

#[test]
fn a_bar_right_before_a_count_is_the_class_of_the_things_counted() {
    let ms = summary("其中，20万以上28个村，占比65.1%，50万以上12个村。");
    for raw in ["20万", "50万"] {
        assert!(!find(&ms, raw).is_indicator, "{raw}");
    }
    assert_eq!(label(&ms, "28个"), "20万以上村");
    assert_eq!(label(&ms, "65.1%"), "20万以上村占比");
    assert_eq!(label(&ms, "12个"), "50万以上村");
}

#[test]
fn a_bar_before_de_of_things_counted_later_is_their_class() {
    let ms = summary(
        "主营业务收入超300亿元的企业达到9家，投资超10亿元的项目15个。实现了超500亿元的交易额。",
    );
    for raw in ["300亿元", "10亿元"] {
        assert!(!find(&ms, raw).is_indicator, "{raw}");
    }
    assert_eq!(label(&ms, "9家"), "主营业务收入超300亿元的企业");
    assert_eq!(label(&ms, "15个"), "投资超10亿元的项目");
    // Nothing counted after it: a measure.
    assert!(find(&ms, "500亿元").is_indicator);
}

#[test]
fn the_bar_a_rate_of_places_counted_passed_is_no_measure() {
    let ms = summary("6个县区固定资产投资增速超过30%，全市投资增速超过10%。");
    assert!(!find(&ms, "30%").is_indicator);
    assert_eq!(find(&ms, "10%").kind, Some(NumberKind::Growth));
}
