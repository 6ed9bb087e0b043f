//! List-item labels as reports of the genre write them: the words the items of a list share (a
//! category head, a measure, a verb, a period, a level of government), lists of values split item
//! by item, and actions or examples listed before or after a count (issue "Numbers on reports it
//! has never seen"), one test per class of text; the other classes are in the other
//! `numbers_genre*.rs` files. Each sentence is made up in the shape the corpus shows; none is
//! copied from a gold report.

mod common;

use common::{find, label, plan, summary};
use report::NumberKind;

#[test]
fn a_list_joiner_inside_brackets_joins_words_of_one_item() {
    let ms = summary("4个县(市、区)被评为先进单位，新建学校3所、医院2家。");
    assert_eq!(label(&ms, "4个"), "县(市、区)");
    assert_eq!(label(&ms, "3所"), "新建学校");
}

#[test]
fn a_list_of_subjects_in_the_clause_before_fenbie_leaves_out_what_it_says_of_them() {
    let ms = summary("新材料、高端装备产业增速明显，产值分别增长12.5%、20.1%。");
    assert_eq!(label(&ms, "12.5%"), "新材料产业产值增长");
    assert_eq!(label(&ms, "20.1%"), "高端装备产业产值增长");
}

#[test]
fn a_category_head_inside_the_last_item_of_a_list_is_every_items_with_its_measure() {
    let ms = summary("汽车零部件、电气产业规上工业增加值分别增长21.3%、19.5%。");
    assert_eq!(label(&ms, "21.3%"), "汽车零部件产业规上工业增加值增长");
    assert_eq!(label(&ms, "19.5%"), "电气产业规上工业增加值增长");
}

#[test]
fn a_category_head_inside_the_last_of_short_items_is_every_items() {
    let ms = summary("陶瓷、服饰产业增加值分别增长8.8%、11.2%。全区肉、奶产量分别增长1%、2%。");
    assert_eq!(label(&ms, "8.8%"), "陶瓷产业增加值增长");
    assert_eq!(label(&ms, "2%"), "奶产量增长");
}

#[test]
fn a_level_of_government_after_qizhong_is_its_share_of_the_whole() {
    // `其中市级…`: the city level's part of the level before, past its growth.
    let ms = summary("全县实现财政总收入86.5亿元、增长6.1%，其中县级41.2亿元。");
    assert_eq!(label(&ms, "41.2亿元"), "县级财政总收入");
}

#[test]
fn a_level_of_government_before_fenbie_shares_each_level_before_it() {
    // `…，市级分别为A、B`: the city level's part of each amount before, in order.
    let ms = summary(
        "完成财政总收入120.5亿元、一般公共预算收入80.2亿元，市级分别为60.1亿元、40.3亿元。",
    );
    assert_eq!(label(&ms, "60.1亿元"), "市级财政总收入");
    assert_eq!(label(&ms, "40.3亿元"), "市级一般公共预算收入");
}

#[test]
fn a_count_of_a_lists_items_says_what_each_item_is_and_names_none() {
    // `A、B、C三大特色产业基地分别实现产值…`: every item is a `特色产业基地`, none is `三大`.
    let ms = summary("纺织、机械、化工三大特色产业基地分别实现产值50亿元、40亿元、30亿元。");
    assert_eq!(label(&ms, "50亿元"), "纺织特色产业基地产值");
    assert_eq!(label(&ms, "30亿元"), "化工特色产业基地产值");
}

#[test]
fn a_later_item_that_is_only_a_measure_is_of_the_first_items_thing() {
    // `规模工业销售收入、利税分别增长…`: the taxes are the same industry's.
    let ms = summary("规模工业销售收入、利税分别增长12%、15%。");
    assert_eq!(label(&ms, "15%"), "规模工业利税增长");
}

#[test]
fn a_later_list_item_that_is_only_a_level_counts_the_first_items_things_there() {
    // `新增国家级A 29家、市级40家`: the city-level A.
    let ms = summary("新增国家级专精特新企业12家、省级30家。");
    assert_eq!(label(&ms, "30家"), "新增省级专精特新企业");
}

#[test]
fn of_actions_listed_before_a_count_the_count_is_of_the_last() {
    // Each action with its verb and object: the last one's; verbs alone share the object.
    let ms = plan("推进核心区平房整院落退租、完成申请式退租2000户，新建、改扩建酒店10家。");
    assert_eq!(label(&ms, "2000户"), "申请式退租");
    assert_eq!(label(&ms, "10家"), "新建、改扩建酒店");
}

#[test]
fn a_fenbie_list_of_a_count_and_a_generic_head_measures_one_thing() {
    // `新开工入库项目数、总投资分别增长…`: the later item, a generic head, is of the things counted.
    let ms = summary(
        "新开工入库项目数、总投资分别增长38%和48.9%。签约项目数量、投资额分别增长20%、35%。",
    );
    assert_eq!(label(&ms, "38%"), "新开工入库项目数增长");
    assert_eq!(label(&ms, "48.9%"), "新开工入库项目总投资增长");
    assert_eq!(label(&ms, "35%"), "签约项目投资额增长");
}

#[test]
fn later_crops_of_a_list_are_planted_by_its_verb() {
    let ms = summary("种植花卉1100万株、中药材5000亩、食用菌110万棒。");
    assert_eq!(label(&ms, "5000亩"), "种植中药材");
    assert_eq!(label(&ms, "110万棒"), "种植食用菌");
}

#[test]
fn a_list_of_periods_before_one_subject_splits_item_by_item_and_so_do_its_ranks() {
    // `一季度、上半年…全市GDP分别增长6.7%、6.6%…，分别排全区第2、第1…`.
    let ms =
        summary("一季度、上半年、全年全市GDP分别增长6.7%、6.6%、6.0%,分别排全区第2、第1、第3位。");
    assert_eq!(label(&ms, "6.7%"), "一季度全市GDP增长");
    assert_eq!(label(&ms, "6.0%"), "全年全市GDP增长");
    assert_eq!(label(&ms, "第1"), "上半年全市GDP增长全区排名");
    assert_eq!(label(&ms, "第3位"), "全年全市GDP增长全区排名");
}

#[test]
fn values_of_a_fenbie_list_may_be_parted_by_a_comma() {
    // `…、增加值分别年均增长22.2%，16%，均排全区前列`.
    let ms = summary("规上工业总产值、增加值分别年均增长22.2%,16%,均排全区前列。");
    assert_eq!(find(&ms, "16%").kind, Some(NumberKind::Growth));
    assert_eq!(label(&ms, "16%"), "规上工业增加值年均增长");
    assert_eq!(label(&ms, "前列"), "规上工业总产值、增加值年均增长全区排名");
}

#[test]
fn numerals_alone_before_the_last_item_share_what_follows_its_numeral() {
    // `一、二、三产增加值`: the primary, secondary and tertiary industries' value added.
    let ms = summary("一、二、三产增加值分别增长4.4%、5.9%、5.8%。");
    assert_eq!(label(&ms, "4.4%"), "一产增加值增长");
    assert_eq!(label(&ms, "5.9%"), "二产增加值增长");
    assert_eq!(label(&ms, "5.8%"), "三产增加值增长");
}

#[test]
fn a_count_of_the_categories_just_listed_names_them_all() {
    // `A、B、C三大…`: the count sums the list up; the label starts at it.
    let ms = summary("集成电路、生物医药、人工智能三大先导产业规模达到1.6万亿元。");
    assert_eq!(label(&ms, "1.6万亿元"), "三大先导产业规模");
    // So does a quoted name that counts them.
    let ms = summary("太阳能电池、电动载人汽车、离子蓄电池“新三样”出口额增长73.5%。");
    assert_eq!(label(&ms, "73.5%"), "“新三样”出口额增长");
    // A list of values splits item by item instead.
    let ms = plan("先进装备制造、新材料、电子信息三大产业产值分别达到380亿元、80亿元、60亿元。");
    assert_eq!(label(&ms, "80亿元"), "新材料产业产值");
}

#[test]
fn a_list_of_values_that_lost_its_separators_still_splits() {
    // A page copy that dropped the `、` between the values of a `分别` list.
    let ms = summary("一、二、三产增加值分别增长4.4%5.9%5.8%。");
    assert_eq!(label(&ms, "4.4%"), "一产增加值增长");
    assert_eq!(label(&ms, "5.9%"), "二产增加值增长");
    assert_eq!(label(&ms, "5.8%"), "三产增加值增长");
}

#[test]
fn a_verb_before_examples_stays_with_the_things_counted_after_them() {
    // `成功引进A、B等3个项目`: what was done to the things, after the adverb of how.
    let ms = summary("成功引进工业原料林种植、商品混凝土搅拌站工程等3个项目。");
    assert_eq!(label(&ms, "3个"), "引进项目");
    let ms = summary("成功升规纳统挂车制造、铝业、纺织等8家企业。");
    assert_eq!(label(&ms, "8家"), "升规纳统企业");
}

#[test]
fn a_verb_of_building_and_finishing_is_carried_whole_along_its_list() {
    let ms = summary("新建成现代农业产业基地17个、高标准农田37.45万亩。");
    assert_eq!(label(&ms, "37.45万亩"), "新建成高标准农田");
}

#[test]
fn a_list_of_verbs_done_to_the_things_stays_whole() {
    let ms = plan("新建、改扩建40所学校，新建、改建12个体育公园。");
    assert_eq!(label(&ms, "40所"), "新建、改扩建学校");
    assert_eq!(label(&ms, "12个"), "新建、改建体育公园");
}

#[test]
fn spaces_a_copy_left_around_a_lists_values_part_nothing() {
    let ms = plan("城乡居民人均可支配收入分别增长 5.5%和 7.5%。");
    assert_eq!(find(&ms, "7.5%").kind, Some(NumberKind::Target));
    assert_eq!(label(&ms, "5.5%"), "城镇居民人均可支配收入增长");
    assert_eq!(label(&ms, "7.5%"), "农村居民人均可支配收入增长");
}

#[test]
fn livestock_sold_off_is_carried_along_its_list() {
    let ms = summary("累计出栏生猪86501头、肉牛5141头、肉羊43363只。");
    assert_eq!(label(&ms, "5141头"), "出栏肉牛");
}

#[test]
fn a_share_of_a_whole_the_last_item_writes_is_every_items() {
    let ms = plan("使全市大健康产业和数字经济占GDP比重分别达到20%和45%以上。");
    assert_eq!(label(&ms, "20%"), "全市大健康产业占GDP比重");
    assert_eq!(label(&ms, "45%"), "数字经济占GDP比重");
}

#[test]
fn domestic_and_foreign_capital_split_in_order() {
    let ms = plan("全年利用内外资分别增长12%和15%以上。");
    assert_eq!(label(&ms, "12%"), "利用内资增长");
    assert_eq!(label(&ms, "15%"), "利用外资增长");
}

#[test]
fn a_later_item_named_only_by_its_period_measures_what_the_first_does() {
    let ms = plan("项目开工率一季度达到50%、上半年达到80%、三季度达到100%。");
    assert_eq!(label(&ms, "80%"), "项目开工率上半年");
    assert_eq!(label(&ms, "100%"), "项目开工率三季度");
}

#[test]
fn a_list_of_indicators_named_as_such_and_set_by_a_growth_names_each() {
    // `…指标分别按增长…掌握`: the items are indicators; `按` says how the targets are set.
    let ms =
        plan("固定资产投资、一般公共预算收入、社会消费品零售总额指标分别按增长5%、9.1%、6%掌握。");
    assert_eq!(label(&ms, "5%"), "固定资产投资增长");
    assert_eq!(label(&ms, "6%"), "社会消费品零售总额增长");
}

#[test]
fn shares_of_a_list_not_yet_split_are_each_of_its_items() {
    let ms = summary("存贷款余额分别为100亿元、200亿元，占全省比重30%、40%。");
    assert_eq!(label(&ms, "30%"), "存款余额占全省比重");
    assert_eq!(label(&ms, "40%"), "贷款余额占全省比重");
    let at = |raw: &str| ms.iter().position(|m| m.raw == raw);
    assert_eq!(find(&ms, "30%").relates_to, at("100亿元"));
    assert_eq!(find(&ms, "40%").relates_to, at("200亿元"));
}

#[test]
fn a_share_of_a_list_of_wholes_is_held_by_the_same_thing_for_each() {
    let ms = summary("全市税收收入占财政总收入和地方一般公共预算收入的比重分别达到89.6%、80.5%。");
    assert_eq!(label(&ms, "89.6%"), "全市税收收入占财政总收入的比重");
    assert_eq!(
        label(&ms, "80.5%"),
        "全市税收收入占地方一般公共预算收入的比重"
    );
}

#[test]
fn a_later_growth_of_a_list_is_an_item_of_the_list_not_of_a_level_before() {
    // `…趋近百亿元，城乡居民人均可支配收入年均增长5.4%和9.5%`: the 9.5% is the rural income's
    // growth, not the revenue's; `趋近` is a bound word whole.
    let ms = summary("一般公共预算收入趋近百亿元,城乡居民人均可支配收入年均增长5.4%和9.5%。");
    assert_eq!(label(&ms, "百亿元"), "一般公共预算收入");
    assert_eq!(label(&ms, "5.4%"), "城镇居民人均可支配收入年均增长");
    assert_eq!(label(&ms, "9.5%"), "农村居民人均可支配收入年均增长");
    assert_eq!(find(&ms, "9.5%").relates_to, None);
    // Values of a list of levels still take their growths in order.
    let ms = summary("工业产值100亿元、服务业产值50亿元,分别增长5%、8%。");
    assert_eq!(label(&ms, "8%"), "服务业产值增长");
}

#[test]
fn a_value_with_its_magnitude_alone_shares_the_lists_counter() {
    // `肉牛、生猪年出栏量分别达0.15万、2万头`: 0.15万头, and the measure is both items'.
    let ms = summary("全镇肉牛、生猪年出栏量分别达0.15万、2万头。");
    let m = find(&ms, "0.15万");
    assert_eq!(m.unit.as_deref(), Some("万头"));
    assert_eq!(m.base_value, Some(1500.0));
    assert_eq!(label(&ms, "0.15万"), "全镇肉牛年出栏量");
    assert_eq!(label(&ms, "2万头"), "生猪年出栏量");
}

#[test]
fn short_kinds_of_work_listed_after_a_count_are_examples_of_the_kind_counted() {
    // `46个水库维养、移民、防渗漏等水利惠民项目`: the count is of the projects.
    let ms = summary("46个水库维养、移民、防渗漏等水利惠民项目竣工投用。");
    assert!(label(&ms, "46个").starts_with("水利惠民项目"));
    // A long first item is the count's own things.
    let ms =
        plan("加速推进12条道路及新桥市民广场综合整治工程、中心路慢行贯通工程等在建项目工程进度。");
    assert!(label(&ms, "12条").contains("道路"));
}

#[test]
fn later_items_of_a_farm_list_share_the_first_items_verb_or_crop_measure() {
    // `年出栏生猪…、肉牛…`: the verb after a time is every item's, the time is no part of it;
    // `辣椒种植…、青菜头…`: so is a crop's planting after the first crop.
    let ms = summary("年出栏生猪22800头、肉牛2800头，辣椒种植3000亩、青菜头900亩、羊肚菌1200亩。");
    assert_eq!(label(&ms, "2800头"), "出栏肉牛");
    assert_eq!(label(&ms, "900亩"), "青菜头种植");
    assert_eq!(label(&ms, "1200亩"), "羊肚菌种植");
}

#[test]
fn a_growth_named_by_a_later_period_measures_what_the_first_period_did() {
    // A list of one measure's growth over periods of the year: the later items name only
    // their period; the subject a later rank borrows leaves the period out.
    let ms = summary("GDP一季度累计增长4.7%、二季度累计增长6.3%，全年累计增长6.7%，增幅居全省第4位。地区生产总值上半年增长5%，全年增长6%。");
    assert_eq!(label(&ms, "6.3%"), "GDP二季度累计增长");
    assert_eq!(label(&ms, "6.7%"), "GDP全年累计增长");
    assert_eq!(label(&ms, "第4位"), "GDP增幅全省排名");
    assert_eq!(label(&ms, "6%"), "地区生产总值全年增长");
}

#[test]
fn a_list_of_ordinals_naming_industries_splits_by_its_ordinals() {
    // `第一、二、三产业`: the primary, secondary and tertiary industries; `第一、` opening the
    // sentence is the list's first ordinal, no marker of a numbered run.
    let ms = summary("第一、二、三产业增加值分别完成83.07亿元、119.37亿元和139.83亿元，增长3.6%、18.8%和8.4%。全市第一、第二、第三产业增加值分别为1亿元、2亿元和3亿元。");
    assert_eq!(label(&ms, "83.07亿元"), "第一产业增加值");
    assert_eq!(label(&ms, "119.37亿元"), "第二产业增加值");
    assert_eq!(label(&ms, "8.4%"), "第三产业增加值增长");
    assert_eq!(label(&ms, "2亿元"), "全市第二产业增加值");
    assert!(ms
        .iter()
        .filter(|m| m.raw.starts_with('第'))
        .all(|m| !m.is_indicator));
}

#[test]
fn the_last_example_before_a_class_and_what_was_done_is_named_alone() {
    // `…、5亿元圆通物流园等项目建设封顶`: `等项目` closes the list of examples, what follows is
    // said of them all.
    let ms = summary(
        "22亿元乐京智能家电、5亿元圆通物流园等项目建设封顶，10亿元冠盛体育夹网布等项目签约。",
    );
    assert_eq!(label(&ms, "5亿元"), "圆通物流园");
    assert_eq!(label(&ms, "10亿元"), "冠盛体育夹网布");
}
