//! Numbers that are no indicators as reports of the genre write them: names with digits, notes,
//! footnote, list and attachment marks, dates, times and time windows (issue "Numbers on reports it
//! has never seen"), one test per class of text; the other classes are in the other
//! `numbers_genre*.rs` files. Each sentence is made up in the shape the corpus shows; none is
//! copied from a gold report.

mod common;

use common::{find, label, plan, summary};

#[test]
fn a_name_with_digits_is_a_word_of_the_label() {
    let ms = summary("新建5G基站1.8万个，全市PM2.5平均浓度36微克/立方米。");
    assert_eq!(label(&ms, "1.8万个"), "新建5G基站");
    assert_eq!(label(&ms, "36微克/立方米"), "全市PM2.5平均浓度");
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
fn a_name_with_digits_stays_in_a_frames_subject() {
    let ms = summary("化学需氧量、PM10浓度分别比2018年下降12.5%、20.3%。");
    assert_eq!(label(&ms, "12.5%"), "化学需氧量比2018年下降");
    assert_eq!(label(&ms, "20.3%"), "PM10浓度比2018年下降");
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
fn a_span_of_years_before_a_bare_verb_is_a_window() {
    let ms = summary("规模以上企业达到126家，五年新增48家。");
    assert_eq!(label(&ms, "48家"), "新增规模以上企业");
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
fn a_services_number_is_a_name() {
    let ms = summary("优化“企联帮”13710企业直办平台，开通12345政务服务热线。");
    assert!(!find(&ms, "13710").is_indicator);
    assert!(!find(&ms, "12345").is_indicator);
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
fn years_summed_over_are_a_window() {
    // `5年累计一般公共预算收入达261亿元`: the years the total is counted over.
    let ms = summary("5年累计一般公共预算收入达261亿元。");
    assert!(!find(&ms, "5年").is_indicator);
    assert_eq!(label(&ms, "261亿元"), "一般公共预算收入");
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
fn a_bare_number_before_a_factory_or_parks_noun_is_its_name() {
    let ms = summary("依托大都荟、3511文创园等商圈。完成3507厂生活区棚改项目回迁选房。");
    assert!(ms.iter().all(|m| !m.is_indicator), "{ms:?}");
}

#[test]
fn footnote_marks_in_tortoise_shell_brackets_are_no_measures() {
    let ms = summary("坚持“一号发展战略”〔1〕,奋力实现〔2〕“十四五”奋斗目标,新建学校3所。");
    assert!(!find(&ms, "1").is_indicator);
    assert!(!find(&ms, "2").is_indicator);
}

#[test]
fn the_time_given_to_the_work_is_no_measure() {
    let ms = plan("力争用2-3年时间，使全市大健康产业占GDP比重达到20%。");
    assert!(!find(&ms, "2-3年").is_indicator);
}

#[test]
fn a_time_of_day_is_no_measure() {
    let ms = summary("下午1时30分，大会开幕。");
    assert!(ms.iter().all(|m| !m.is_indicator), "{ms:?}");
}

#[test]
fn the_day_of_a_news_reports_dateline_is_no_measure() {
    let ms = summary("本报泽当1月 10日电(记者 段敏)日前，记者从会议上了解到。");
    assert!(ms.iter().all(|m| !m.is_indicator), "{ms:?}");
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

#[test]
fn a_count_of_classes_with_a_decimal_point_is_a_classification_code() {
    // `1.1类新药`: a drug's registration class; a count of classes is whole (`3类企业`).
    let ms = summary("金马国家级1.1类新药完成三期临床病例入组，培育3类企业。");
    assert!(!find(&ms, "1.1类").is_indicator);
    assert!(find(&ms, "3类").is_indicator);
}
