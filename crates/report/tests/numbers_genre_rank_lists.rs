//! Ranking lists as reports of the genre write them: a place among the first N of a ranking
//! (`前20名`, `前50强`, `十强`, `百强`, quoted `“十快”`) entered, held or named before it, a rank of that
//! many (issue "Numbers on reports it has never seen"), one test per class of text; the other
//! classes are in the other `numbers_genre*.rs` files. Each sentence is made up in the shape the
//! corpus shows; none is copied from a gold report.

mod common;

use common::{find, label, summary};
use report::NumberKind;

#[test]
fn the_first_places_of_a_ranking_in_digits_are_a_rank_of_that_many() {
    // `前20名` after a scope or a placing verb: a rank written with its `前`, value 20.
    let ms = summary("园区综合排名进入全省前20名，营商环境排名前10。");
    let top = find(&ms, "前20名");
    assert_eq!(top.kind, Some(NumberKind::Rank));
    assert_eq!(top.value, Some(20.0));
    assert_eq!(find(&ms, "前10").kind, Some(NumberKind::Rank));
    // The first months of a year are a window, no rank and no indicator.
    let ms = summary("前10个月完成投资5亿元。");
    assert!(!find(&ms, "10个月").is_indicator);
    assert_eq!(label(&ms, "5亿元"), "完成投资");
}

#[test]
fn the_first_places_of_a_ranking_list_are_a_rank() {
    // `进入…前50强`: a rank with the number of places, written with its `前`, whatever the
    // words between the verb and it; `前100强企业` names a class of firms, no rank.
    let ms = summary("两家企业进入全市制造业亩均税收前50强。");
    let m = find(&ms, "前50强");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (Some(NumberKind::Rank), Some(50.0), Some("名"))
    );
    let ms = summary("3家进入前100强企业。");
    assert!(ms.iter().all(|m| m.raw != "前100强"));
}

#[test]
fn a_place_in_a_ranking_list_in_words_after_a_placing_verb_is_a_rank() {
    // `挺进全省三十强`, `跻身全国百强`: the list's size is the rank's value; `获评全国百强县` (no
    // placing verb) names a class.
    let ms = summary("全县经济综合实力挺进全省三十强，全区跻身全国百强。获评全国百强县。");
    let m = find(&ms, "三十强");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(30.0)));
    assert_eq!(label(&ms, "三十强"), "全县经济综合实力全省排名");
    assert_eq!(
        ms.iter()
            .filter(|m| m.kind == Some(NumberKind::Rank))
            .count(),
        2
    );
}

#[test]
fn quoted_top_places_of_any_kind_are_ranks_and_positions_after_them_rank_in_those_lists() {
    // `“十快”县`, `“十强”县` (the quote closes before the level), `十佳`, `荣登…百强`.
    let ms = summary(
        "首次跻身全省制造业发展增速“十快”县、综合“十强”县，分别居第一、第七位。中普石油荣登全省民营企业制造业综合百强。",
    );
    for raw in ["十快", "十强", "百强"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Rank), "{raw}");
    }
    assert_eq!(label(&ms, "十快"), "全省制造业发展增速排名");
    assert_eq!(label(&ms, "第一"), "全省制造业发展增速排名");
    assert_eq!(label(&ms, "第七位"), label(&ms, "十强"));
    let ms = summary("荆门上榜全国锂电产业特色城市十强。");
    assert_eq!(find(&ms, "十强").kind, Some(NumberKind::Rank));
}

#[test]
fn places_in_ranking_lists_entered_after_one_verb_are_ranks() {
    // `入围…百强和…百强`: long list names, with their years, after one placing verb.
    let ms = summary("入围2022中国建制县高质量发展百强和2022全国县域发展潜力百强。");
    let ranks = ms
        .iter()
        .filter(|m| m.kind == Some(NumberKind::Rank))
        .count();
    assert_eq!(ranks, 2);
}

#[test]
fn moving_up_into_a_ranking_list_is_a_place_in_it() {
    let ms = summary("宜都晋级全国县域经济百强。");
    assert_eq!(find(&ms, "百强").kind, Some(NumberKind::Rank));
}

#[test]
fn a_place_in_a_ranking_list_entered_is_a_rank_however_long_the_lists_name() {
    // Entered into a list whose name holds its year: a place in it, a rank.
    let ms = summary("某药业入选2024中药上市公司30强。");
    let m = find(&ms, "30强");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(30.0)));
}

#[test]
fn a_place_in_a_ranking_lists_front_is_a_rank() {
    let ms = summary("镇域基本竞争力继续保持中国百强镇前列。");
    let m = find(&ms, "前列");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), None));
    assert_eq!(label(&ms, "前列"), "镇域基本竞争力中国百强镇排名");
}

#[test]
fn a_place_in_a_ranking_list_of_places_after_a_placing_verb_is_a_rank() {
    // The kind of place the list ranks (`百强县`), its `榜` and a quote around its name still
    // leave the place at its phrase's end; the verb and how often it was won are no subject.
    let cases = [
        (
            "首次入围全国投资竞争力百强区。",
            "百强",
            100.0,
            "全国投资竞争力排名",
        ),
        ("蝉联全国制造业百强县。", "百强", 100.0, "全国制造业排名"),
        (
            "挺进中部六省百强县，纳入省重点项目。",
            "百强",
            100.0,
            "中部六省排名",
        ),
        (
            "连续三年跻身“云南省县域经济发展10强县”。",
            "10强",
            10.0,
            "云南省县域经济发展排名",
        ),
        (
            "岳阳跻身“中国城市GDP百强榜”。",
            "百强",
            100.0,
            "岳阳中国城市GDP排名",
        ),
        (
            "入选2018年全国投资潜力百强区、全国工业百强区。",
            "百强",
            100.0,
            "全国投资潜力排名",
        ),
    ];
    for (text, raw, value, want) in cases {
        let ms = summary(text);
        let m = find(&ms, raw);
        assert_eq!(
            (m.kind, m.value),
            (Some(NumberKind::Rank), Some(value)),
            "{text}"
        );
        assert_eq!(label(&ms, raw), want, "{text}");
    }
    // Not when the list's name goes on after the quote or the kind (`“百强县”创建`).
    for text in ["开展“百强县”创建。", "入选百强县名单。", "获评全国百强县。"]
    {
        let ms = summary(text);
        assert!(
            ms.iter().all(|m| m.kind != Some(NumberKind::Rank)),
            "{text}: {ms:?}"
        );
    }
}

#[test]
fn a_place_in_a_ranking_list_named_before_it_is_the_rank() {
    // `位列全国投资潜力百强县30强`: the list (`百强县`) only names the ranking the place is in.
    let ms = summary("地区生产总值增长2.1%，位列全国投资潜力百强县30强、全市第一。");
    assert_eq!(label(&ms, "30强"), "全国投资潜力百强县排名");
    assert!(ms.iter().all(|m| m.raw != "百强" || !m.is_indicator));
}
