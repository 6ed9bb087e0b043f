//! Rank subjects as reports of the genre write them: what a placing verb places and which words
//! name nothing ranked, the subject of a rank after a growth, a frame, a list or a count, and
//! places in slogans or aims that rank nothing (issue "Numbers on reports it has never seen"), one
//! test per class of text; the other classes are in the other `numbers_genre*.rs` files. Each
//! sentence is made up in the shape the corpus shows; none is copied from a gold report.

mod common;

use common::{find, label, summary};
use report::NumberKind;

#[test]
fn a_position_after_a_placing_verb_and_a_short_name_is_a_rank() {
    // A place's own name (not `全省`) or nothing between the verb and the position.
    let ms = summary("获表彰工作数量居宜州第一。8项指标列第一，走在宜州前列。");
    for raw in ["第一", "前列"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Rank), "{raw}");
    }
    assert_eq!(
        ms.iter()
            .filter(|m| m.kind == Some(NumberKind::Rank))
            .count(),
        3
    );
    // A verb rising to a place in a named list.
    let ms = summary("全镇升至全国百强镇第7、千强镇第9。");
    assert_eq!(find(&ms, "第7").kind, Some(NumberKind::Rank));
    assert_eq!(label(&ms, "第7"), "全镇全国百强镇排名");
    assert_eq!(find(&ms, "第9").kind, Some(NumberKind::Rank));
    // Not an ordinal with its counter, nor a verb inside another word.
    let ms = summary("列入第一批试点。安排第一。全体居民第一次参加。");
    assert!(ms.iter().all(|m| !m.is_indicator), "{ms:?}");
}

#[test]
fn a_streak_verb_of_a_top_place_is_no_part_of_what_is_ranked() {
    let ms = summary("某集团蝉联省企百强榜首。");
    assert_eq!(label(&ms, "榜首"), "某集团省企百强排名");
}

#[test]
fn counts_among_a_whole_named_before_them_count_its_things_and_their_ranks_rank_them() {
    let ms = summary("7项主要指标中，6项列各县区前三，其中3项列第一。");
    assert_eq!(label(&ms, "6项"), "主要指标");
    assert_eq!(label(&ms, "3项"), "主要指标");
    assert_eq!(label(&ms, "前三"), "主要指标各县区排名");
    assert_eq!(find(&ms, "第一").kind, Some(NumberKind::Rank));
    // Another counter counts other things.
    let ms = summary("7项主要指标中，6个县区增长较快。");
    assert_ne!(label(&ms, "6个"), "主要指标");
}

#[test]
fn a_rank_right_after_a_growth_written_as_its_rate_noun_ranks_the_rate() {
    // `增幅12%，居全市第4位`: the rate the clause before names is ranked.
    let ms = summary("完成工业总产值8.6亿元，增幅12%，居全市第4位。");
    assert_eq!(label(&ms, "第4位"), "工业总产值增幅全市排名");
    // After `增长12%` the rank is of the level, as before.
    let ms = summary("完成工业总产值8.6亿元，增长12%，居全市第4位。");
    assert_eq!(label(&ms, "第4位"), "工业总产值全市排名");
}

#[test]
fn a_ranking_named_pai_wei_is_a_ranking_and_its_de_only_joins() {
    // `在全国城市的排位由第53位升至47位`: the level before is what is ranked.
    let ms = summary("地区生产总值完成3200亿元，在全国城市的排位由第53位升至47位。");
    assert_eq!(label(&ms, "47位"), "地区生产总值全国城市排位");
}

#[test]
fn an_adverb_of_holding_a_place_names_nothing_ranked() {
    // `继续走在全市前列`: `继续` says how long, not what.
    let ms = summary("招商引资工作继续走在全市前列。");
    assert_eq!(label(&ms, "前列"), "招商引资工作全市排名");
}

#[test]
fn a_ranking_named_with_its_move_is_the_ranks_said_once() {
    // `中部百强县排名再进位，居53位`: the ranking moved up and the rank is its place.
    let ms = summary("中部百强县排名再进位，居53位。");
    assert_eq!(label(&ms, "53位"), "中部百强县排名");
}

#[test]
fn to_lead_with_no_scope_ranked_in_is_an_aim_in_words() {
    // `走在前列`, `走在最前列`: no ranking is named; `走在全市前列` ranks.
    let ms = summary("努力在新征程上走在前列，干好一三五、走在最前列，招商引资工作走在全市前列。");
    let ranks: Vec<_> = ms.iter().filter(|m| m.is_indicator).collect();
    assert_eq!(ranks.len(), 1, "{ms:?}");
    assert_eq!(label(&ms, "前列"), "招商引资工作全市排名");
}

#[test]
fn a_word_that_holds_a_placing_verb_keeps_it() {
    // `人居环境` holds `居`: the placing verb is taken from the wording, never from the word.
    let ms = summary("人居环境考核稳居前列，宜居指数居全市第二。");
    assert_eq!(label(&ms, "前列"), "人居环境考核排名");
    assert_eq!(label(&ms, "第二"), "宜居指数全市排名");
}

#[test]
fn a_place_in_a_slogan_of_four_character_phrases_is_no_rank() {
    // `干在实处、走在前列、勇立潮头`: listed phrases of four characters are a slogan; a ranking
    // of a measured subject (`经济总量走在全省前列`) stays a rank.
    let ms = summary("干在实处、走在前列、勇立潮头。经济总量走在全省前列、增速居全市前列。");
    let ranks: Vec<&str> = ms
        .iter()
        .filter(|m| m.is_indicator)
        .map(|m| m.label.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(ranks, ["经济总量全省排名", "经济总量增速全市排名"]);
}

#[test]
fn a_rank_held_by_all_levels_before_it_ranks_each() {
    // `…1797家，…1216家，均居全省第1`: counts of different things each rank first, like growths.
    let ms = summary("新升规工业企业1797家，新增数字化转型企业1216家，均居全省第1。");
    assert_eq!(
        label(&ms, "第1"),
        "新升规工业企业、新增数字化转型企业全省排名"
    );
    // A level with its own growth is one subject they both describe.
    let ms = summary("地区生产总值1781.8亿元、增长30%，均居西部第1。");
    assert_eq!(label(&ms, "第1"), "地区生产总值西部排名");
}

#[test]
fn places_a_rank_moved_are_a_change_not_a_place() {
    // `排名上升3位`, `再进2位`: the places moved by (a growth in 位), not third or second place;
    // a place counted without `第` after a placing verb stays a rank.
    let ms = summary("综合排名上升3位，比上年度再进2位，跃居全国高新区第23位。");
    for raw in ["3位", "2位"] {
        let m = find(&ms, raw);
        assert_eq!(
            (m.kind, m.unit.as_deref()),
            (Some(NumberKind::Growth), Some("位")),
            "{raw}"
        );
    }
    assert_eq!(find(&ms, "第23位").kind, Some(NumberKind::Rank));
}

#[test]
fn a_rank_in_a_from_to_frame_ranks_the_sentences_subject() {
    // `由全省第6位上升到第5位`: `由` opens the frame; both places rank the level before them.
    let ms = summary("地区生产总值从3979亿元跃升到6355亿元，年均增长7%，由全省第6位上升到第5位。");
    assert_eq!(label(&ms, "第6位"), "地区生产总值全省排名");
    assert_eq!(label(&ms, "第5位"), "地区生产总值全省排名");
}

#[test]
fn a_rank_of_a_class_after_listed_examples_ranks_the_class() {
    // `A、B、C等多项经济指标增速居金华前列`: the class counted after `等` is what is ranked.
    let ms = summary("财政总收入、一般公共预算收入、固定资产投资等多项经济指标增速居金华前列。");
    assert_eq!(label(&ms, "前列"), "多项经济指标增速金华排名");
}

#[test]
fn a_count_placed_in_a_scope_counts_only_its_things() {
    // `5项指标位居全省前三`: the things counted end before the verb placing them; the place is
    // the rank's.
    let ms = summary("全区有5项指标位居全省前三，3个乡镇排名全市第一。");
    assert_eq!(label(&ms, "5项"), "全区指标");
    assert_eq!(label(&ms, "前三"), "指标全省排名");
    assert_eq!(label(&ms, "3个"), "乡镇");
    assert_eq!(label(&ms, "第一"), "乡镇全市排名");
}

#[test]
fn a_year_opening_a_list_of_subjects_leaves_the_list_whole() {
    // `2024年地区生产总值、…`: the year is when, not a list item of its own.
    let ms = summary("2024年地区生产总值、社会消费品零售总额增速排名全市县区第一。");
    assert_eq!(
        label(&ms, "第一"),
        "地区生产总值、社会消费品零售总额增速全市县区排名"
    );
    let ms = summary("2024年地区生产总值、工业增加值分别增长5%、6%。");
    assert_eq!(label(&ms, "5%"), "地区生产总值增长");
    assert_eq!(label(&ms, "6%"), "工业增加值增长");
}

#[test]
fn counts_of_items_holding_positions_rank_and_are_labelled_with_them() {
    // `排名4项第一、2项第二`: how many indicators hold each place.
    let ms = summary("主要经济指标在全市排名4项第一、2项第二。");
    assert_eq!(find(&ms, "第一").kind, Some(NumberKind::Rank));
    assert_eq!(find(&ms, "第二").kind, Some(NumberKind::Rank));
    assert_eq!(label(&ms, "4项"), "主要经济指标在全市排名第一");
    assert_eq!(label(&ms, "2项"), "主要经济指标在全市排名第二");
    assert_eq!(label(&ms, "第一"), "主要经济指标全市排名");
    assert_eq!(label(&ms, "第二"), "主要经济指标全市排名");
}

#[test]
fn ranks_after_fenbie_rank_the_figures_of_their_own_subjects_before_them() {
    let ms = summary("规模以上工业增加值增长8.1%、固定资产投资增长10.5%、社会消费品零售总额增长9.5%，分别居全省第4、第2、第2位。");
    assert_eq!(label(&ms, "第4"), "规模以上工业增加值全省排名");
    assert_eq!(label(&ms, "第2"), "固定资产投资全省排名");
    assert_eq!(label(&ms, "第2位"), "社会消费品零售总额全省排名");
    // The next item of a list of first places is ranked as the first is.
    let ms = summary("工业增加值增长8.1%、固定资产投资增长10.5%，分别排在全市前3、前5位。");
    let m = find(&ms, "前5位");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(5.0)));
    assert_eq!(label(&ms, "前5位"), "固定资产投资全市排名");
}

#[test]
fn a_place_held_firmly_or_again_is_placed() {
    // `雄踞全市第一`, `蝉联全省第一`: verbs of holding a place rank the subject before them.
    for verb in ["雄踞", "蝉联"] {
        let ms = summary(&format!(
            "实现地区生产总值210.42亿元、增长8.7%,连续三年{verb}全市第一。"
        ));
        assert_eq!(label(&ms, "第一"), "地区生产总值全市排名", "{verb}");
    }
}

#[test]
fn the_period_a_rank_is_for_names_nothing_ranked() {
    // `地区生产总值今年继续保持较快增长势头，前三季度增速居全省第1`: the output's growth rate,
    // the subject of the clause before up to its time word.
    let ms = summary("地区生产总值今年继续保持较快增长势头,前三季度增速居全省第1、长三角第2位。");
    assert_eq!(label(&ms, "第1"), "地区生产总值增速全省排名");
}

#[test]
fn a_rank_after_a_list_of_awards_ranks_only_its_own_item() {
    // Each award won is its own result: the rank's words start after the last `、`.
    let ms = summary(
        "我镇获得全县招商引资二等奖、脱贫攻坚进步奖、全县社会事业先进奖第二名、文明乡镇称号。",
    );
    assert_eq!(label(&ms, "第二名"), "全县社会事业先进奖排名");
    // A list of measures before a shared rank is not a list of awards.
    let ms = summary("地区生产总值、固定资产投资增速均居全市第一。");
    assert!(label(&ms, "第一").contains("固定资产投资"));
}

#[test]
fn gaps_in_a_growths_rate_name_its_measure_and_lend_it_to_the_rank_after_them() {
    let ms = summary(
        "全市实现地区生产总值3200.5亿元，增长5.9%，增速分别高于全国、全省0.9和0.4个百分点，总量前移至全国城市第31位。",
    );
    assert_eq!(label(&ms, "0.9"), "地区生产总值增速高于全国");
    assert_eq!(label(&ms, "0.4个百分点"), "地区生产总值增速高于全省");
    assert_eq!(label(&ms, "第31位"), "地区生产总值总量全国城市排名");
}

#[test]
fn the_absolute_value_ranked_is_the_level_before_it() {
    // `绝对值位居全区第一`: the level's rank, not its growth's.
    let ms = summary("限额以上社会消费品零售额251亿元，同比增长5.2%，绝对值位居全区第一。");
    assert_eq!(label(&ms, "第一"), "限额以上社会消费品零售额绝对值全区排名");
}

#[test]
fn pai_right_before_a_place_places_it() {
    // `增幅全省排第7位`: `排` is the verb; elsewhere it opens other words (`排放`).
    let ms = summary("地区生产总值增长28.6%,增幅全省排第7位;排放总量排第二。");
    assert_eq!(label(&ms, "第7位"), "地区生产总值增幅全省排名");
    assert_eq!(label(&ms, "第二"), "排放总量排名");
}

#[test]
fn a_placing_verb_is_not_taken_out_of_a_word_that_holds_it() {
    // `居` places; `居民` is residents.
    let ms = summary("农村居民人均可支配收入增速居全省第一。");
    assert_eq!(label(&ms, "第一"), "农村居民人均可支配收入增速全省排名");
}

#[test]
fn an_adverb_of_one_after_another_is_no_part_of_what_is_ranked() {
    let ms = summary(
        "地区生产总值先后突破500亿元大关、迈上550亿元新台阶，连续28年保持全州第一、全省第一方阵。",
    );
    assert_eq!(label(&ms, "第一"), "地区生产总值全州排名");
}

#[test]
fn how_many_of_the_things_counted_ranks_them_in_every_scope_listed() {
    // `数量居全市第1位、全省第3位`: the count's things, ranked twice.
    let ms = summary("纳入省重点项目28个，数量居全市第1位、全省第3位。");
    assert_eq!(label(&ms, "第1位"), "纳入省重点项目数量全市排名");
    assert_eq!(label(&ms, "第3位"), "纳入省重点项目数量全省排名");
}
