//! Rank scopes as reports of the genre write them: where a rank holds (places of a kind, a short
//! place name, a region, a contest framed by `在`, the places ranked among), which is never the
//! subject ranked (issue "Numbers on reports it has never seen"), one test per class of text; the
//! other classes are in the other `numbers_genre*.rs` files. Each sentence is made up in the shape
//! the corpus shows; none is copied from a gold report.

mod common;

use common::{label, summary};

#[test]
fn places_ranked_among_with_their_other_level_in_brackets_are_the_scope() {
    // `八县(市)`: eight counties (and county-level cities).
    let ms = summary("固定资产投资同比增长15%，增速位居八县(市)第2位。");
    assert_eq!(label(&ms, "第2位"), "固定资产投资增速八县(市)排名");
}
