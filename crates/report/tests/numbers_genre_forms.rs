//! How reports of the genre write a number: Chinese numerals and counts in words, magnitudes,
//! units, products, ranges, thousands separators and the spaces of a copied PDF (issue "Numbers on
//! reports it has never seen"), one test per class of text; the other classes are in the other
//! `numbers_genre*.rs` files. Each sentence is made up in the shape the corpus shows; none is
//! copied from a gold report.

mod common;

use common::{find, label, plan, summary};
use report::NumberKind;

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
fn a_product_of_units_is_its_total() {
    let ms = plan("推进2×35万千瓦热电联产项目前期工作。");
    let m = find(&ms, "2×35万千瓦");
    assert_eq!((m.value, m.base_value), (Some(70.0), Some(700000.0)));
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
fn a_bound_before_a_chinese_count_keeps_the_count() {
    let ms = summary("引进华为、中兴等共十二家企业。");
    assert_eq!(find(&ms, "十二家").value, Some(12.0));
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
fn a_magnitude_alone_counts_the_noun_after_it() {
    let ms = summary("新接入集中供热面积100万平方米，使近6万市民直接受益。");
    assert_eq!(label(&ms, "6万"), "直接受益市民");
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
fn a_label_of_a_text_copied_out_of_a_pdf_has_no_spaces_between_words() {
    // Spaces at the PDF's line breaks and around numbers separate no words; inside quotes a
    // space is the author's.
    let ms = summary("全 年腾退低效用地 2500 亩，“魅力湾区 乐满新桥”广场音乐会等活动260场次。");
    assert_eq!(label(&ms, "2500 亩"), "腾退低效用地");
    assert_eq!(label(&ms, "260场次"), "“魅力湾区 乐满新桥”广场音乐会等活动");
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
fn power_written_in_latin_letters_is_a_unit() {
    // `96GW`: gigawatts; `5G`, `4A` stay names.
    let ms = summary("单晶拉棒产能达到96GW,推进5G基站建设,创建4A级景区。");
    let m = find(&ms, "96GW");
    assert_eq!((m.unit.as_deref(), m.is_indicator), (Some("GW"), true));
    assert!(!find(&ms, "5G").is_indicator);
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
