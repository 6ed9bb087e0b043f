//! Which numbers are indicators as reports of the genre write them: counts in words of things built
//! or done, streaks, marks crossed in a list or in words, and numbers that only name, as a policy's
//! articles, a version, a design speed, a line of digits or a time of day (issue "Numbers on
//! reports it has never seen"), one test per class of text; the other classes are in the other
//! `numbers_genre*.rs` files. Each sentence is made up in the shape the corpus shows; none is
//! copied from a gold report.

mod common;

use common::{find, summary};

#[test]
fn a_list_with_its_own_noun_after_the_count_counts_its_items() {
    // `发布40条…清单`: items of a list, counted; `出台稳链纾困35条`: a policy's name.
    let ms =
        summary("发布40条社区名中医服务资源清单。出台稳链纾困35条、稳经济促发展10条等系列政策。");
    assert!(find(&ms, "40条").is_indicator);
    assert!(!find(&ms, "35条").is_indicator);
}
