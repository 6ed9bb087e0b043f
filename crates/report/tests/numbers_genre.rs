//! One test per class of text that reports of the genre write and the bundled report does not
//! (issue "Numbers on reports it has never seen") and that fits none of the other
//! `numbers_genre*.rs` files: mostly light verbs, prepositions, time words and adverbs at the edges
//! of a label, and words a label is never cut inside (`商超`, `签约`, `惠及`); the other words and
//! remarks a label drops are in `numbers_genre_edges.rs`. Each sentence is made up in the shape the
//! corpus shows; none is copied from a gold report.

mod common;

use common::{find, label, plan, summary};

#[test]
fn a_statistical_basis_names_no_measure() {
    let ms = summary("按验资口径实际利用外资1.38亿美元，增长7%。");
    assert_eq!(label(&ms, "1.38亿美元"), "实际利用外资");
    assert_eq!(label(&ms, "7%"), "实际利用外资增长");
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
fn labels_keep_no_debris_at_their_edges() {
    let ms = summary("2021年度财政收入增长5%，3月份开工项目12个，淘汰\"老旧织机1万余台。");
    assert!(!find(&ms, "2021年度").is_indicator);
    assert_eq!(label(&ms, "5%"), "财政收入增长");
    assert_eq!(label(&ms, "12个"), "开工项目");
    assert_eq!(label(&ms, "1万余台"), "淘汰老旧织机");
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
fn a_label_keeps_a_whole_term_at_its_edges() {
    let ms = summary("政务服务事项一网通办率达95%。");
    assert_eq!(label(&ms, "95%"), "政务服务事项一网通办率");
    let ms = summary("全面推行一网通办，一网通办率达到98%。");
    assert_eq!(label(&ms, "98%"), "一网通办率");
}

#[test]
fn a_low_income_group_is_not_cut_at_its_income() {
    let ms = summary("帮扶860户低收入家庭。");
    assert_eq!(label(&ms, "860户"), "帮扶低收入家庭");
}

#[test]
fn there_are_in_all_is_no_part_of_what_is_counted() {
    let ms = summary("全区共有规模以上工业企业126家。");
    assert_eq!(label(&ms, "126家"), "全区规模以上工业企业");
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
fn a_frame_of_focus_is_no_part_of_what_it_frames() {
    let ms = plan("以10个片区、60个社区中心为重点，配置生活设施。");
    assert_eq!(label(&ms, "10个"), "片区");
    assert_eq!(label(&ms, "60个"), "社区中心");
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
fn a_word_that_holds_a_bound_word_is_not_cut() {
    // `超` bounds the next number (`超百亿`), but `超市` is a word.
    let ms = summary("新建的9个社区便民超市全部投入使用。");
    assert_eq!(label(&ms, "9个"), "社区便民超市");
}

#[test]
fn a_subjects_verb_takes_its_adverb_with_it() {
    let ms = summary("一般公共预算收入实际完成86.3亿元、增长9.4%。");
    assert_eq!(label(&ms, "86.3亿元"), "一般公共预算收入");
    assert_eq!(label(&ms, "9.4%"), "一般公共预算收入增长");
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
fn bullets_inside_a_line_part_its_items() {
    // `…加快转型升级·下半年预计新增9个工业投资项目`: each item's words are its own.
    let ms = plan("推动园区加快转型升级·下半年预计新增9个工业投资项目,总投资24.55亿元·下半年力争新增企业70户。");
    assert_eq!(label(&ms, "9个"), "新增工业投资项目");
    assert_eq!(label(&ms, "70户"), "新增企业");
}

#[test]
fn a_light_verb_before_a_measure_named_with_its_scope_says_nothing() {
    // `全街实现规上工业总产值`: like `规模以上企业实现产值`, the verb only joins subject and measure.
    let ms = summary("全街实现规上工业总产值200.72亿元，规模以上工业企业实现增加值240亿元。");
    assert_eq!(label(&ms, "200.72亿元"), "全街规上工业总产值");
    assert_eq!(label(&ms, "240亿元"), "规模以上工业企业增加值");
}

#[test]
fn a_word_that_ends_in_a_bound_is_not_cut_there() {
    // `商超` (shops and supermarkets) ends in `超`, which elsewhere leads a bound.
    let ms = summary("对15个写字楼、12家商超、8个农贸市场开展督导。");
    assert_eq!(label(&ms, "12家"), "商超");
}

#[test]
fn a_word_that_ends_in_yue_after_a_count_keeps_it() {
    // `签约` (signing) ends in `约`, which elsewhere bounds the next number (`…个项目约`).
    let ms = summary("全年175个重点项目集中签约，总投资320亿元。");
    assert_eq!(label(&ms, "175个"), "重点项目集中签约");
}

#[test]
fn in_all_there_are_after_a_time_word_opens_no_label() {
    // `共有` (there are, in all) goes whole: its `有` names nothing counted.
    let ms = summary("今年共有3个项目获批。全县共有规模以上企业12家。");
    assert_eq!(label(&ms, "3个"), "项目获批");
    assert_eq!(label(&ms, "12家"), "全县规模以上企业");
}

#[test]
fn a_light_verb_only_joins_a_place_to_its_measure() {
    let ms = summary("相沟镇实现一般公共预算收入1569.49万元。");
    assert_eq!(label(&ms, "1569.49万元"), "相沟镇一般公共预算收入");
}

#[test]
fn a_verb_that_ends_in_ji_keeps_it() {
    // `惠及` (reaching), `涉及` end in `及`, which elsewhere joins a list.
    let ms = summary("硬化道路10万平方米，惠及17个乡镇。");
    assert_eq!(label(&ms, "17个"), "惠及乡镇");
}

#[test]
fn a_word_that_starts_with_a_lead_char_keeps_it() {
    // `和谐`, `共青城`: `和`, `共` open words here, no joiner or `in all`.
    let ms = summary("建成和谐社区12个。共青城市新增企业30家。");
    assert_eq!(label(&ms, "12个"), "和谐社区");
    assert!(label(&ms, "30家").starts_with("共青城"));
}
