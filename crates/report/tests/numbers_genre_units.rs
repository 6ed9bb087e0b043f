//! Units and counters as reports of the genre write them: counters of trips, cases, doses, sets,
//! departments, quarters, working days, rounds and times a thing was done, and a value per unit of
//! another (issue "Numbers on reports it has never seen"), one test per class of text; the other
//! classes are in the other `numbers_genre*.rs` files. Each sentence is made up in the shape the
//! corpus shows; none is copied from a gold report.

mod common;

use common::{find, label, summary};

#[test]
fn sets_of_machines_and_cases_of_glass_are_units_and_lifts_are_counted() {
    let ms = summary("推广使用工业机器人1000余台套，压减平板玻璃产能330万重量箱。老楼加装电梯新开工1000部、完工600部。");
    assert_eq!(find(&ms, "1000余台套").unit.as_deref(), Some("台套"));
    assert_eq!(find(&ms, "330万重量箱").base_value, Some(3_300_000.0));
    assert_eq!(label(&ms, "600部"), "老楼加装电梯完工");
}

#[test]
fn times_a_thing_was_done_are_counted() {
    // `两次亲临`: how often; `三次产业`, a session (`五次全会`) and `二次供水` are names.
    let ms = summary("习近平总书记两次视察河北并作出重要指示。");
    assert_eq!(find(&ms, "两次").value, Some(2.0));
    assert_eq!(label(&ms, "两次"), "习近平总书记视察河北");
    let ms = summary("三次产业结构优化，贯彻区委十四届五次全会精神，改造二次供水设施。");
    assert!(ms.iter().all(|m| !m.raw.ends_with('次')), "{ms:?}");
}

#[test]
fn banners_letters_and_lessons_are_counted() {
    let ms = summary("获赠锦旗114面、感谢信901封，开设社区党校课程100余堂。");
    assert_eq!(find(&ms, "114面").unit.as_deref(), Some("面"));
    assert_eq!(find(&ms, "901封").unit.as_deref(), Some("封"));
    assert_eq!(find(&ms, "100余堂").unit.as_deref(), Some("堂"));
}

#[test]
fn times_a_thing_was_done_count_all_that_was_done() {
    // `大庆四次获得国务院表彰激励`: the subject, then what it did that many times, whole.
    let ms = summary("大庆四次获得国务院表彰激励，入选全国示范区。");
    assert_eq!(label(&ms, "四次"), "大庆获得国务院表彰激励");
}
