//! Numbers that are written like measures but measure nothing the report reports: the threshold
//! that defines a class (`10万元以上的村`, `35千伏变电站`), a count that only sums up the list
//! right before it (`教育、医疗、养老等3类任务`), a milestone (`突破10亿元大关`) and a time window
//! (`5年来`, `近3年`). Each is a class of text with its own test.
//!
//! - `names`: a number inside a name (a file, a variety, a version, a slogan, a policy's items,
//!   a tier, a lost footnote mark) and the specs of a class of things (a rating, a design speed,
//!   an age, a water grade);
//! - `time`: a time of day, a dateline's day and the window a result is counted over;
//! - `thresholds`: a class's threshold, and the bar of things counted right before or after it;
//! - `milestones`: a round mark passed, and the bar of the first of a kind or of each thing
//!   counted;
//! - `counts`: counts of categories and of a list's or a heading's items, and the group a rank
//!   is taken in;
//! - `paragraphs`: paragraphs that measure nothing (a note, a line without words) or open or
//!   are an item of a list of targets.
//!
//! Here: [`not_a_measure`], which asks each rule in turn, and the tests of a noun and a count
//! the modules above share.

mod counts;
mod milestones;
mod names;
mod paragraphs;
mod thresholds;
mod time;

pub use counts::ranked_group;
pub use milestones::steps_crossed;
pub use paragraphs::{has_no_words, is_list_item, is_note, leads_to_targets, note_body};

use counts::{
    categories_of_the_count_after, class_of_things_counted, items_of_a_quoted_formula,
    items_under_a_heading, sums_up_the_list,
};
use milestones::{bar_each_thing_counted_crossed, bar_of_the_first_of_a_kind, milestone};
use names::{
    age_of_a_class, attachment_number, class_code, facility_spec, glued_item_number,
    in_a_file_name, lost_footnote_mark, name_in_a_list, number_inside_a_name, policy_items,
    slogan_phrase, speed_spec, tier, water_grade,
};
use thresholds::{
    bar_before_things_counted, bar_of_the_count_after, bar_of_things_counted_after,
    class_threshold, count_threshold, magnitude_class, magnitude_threshold,
    rate_bar_of_places_counted, threshold_joined_to_the_next,
};
use time::{day_of_a_dateline, hour_of_a_time_of_day, minutes_of_a_time_of_day, time_window};

use crate::numbers::context::Context;
use crate::numbers::lexicon::COUNTERS;
use crate::numbers::scan::Token;

/// Whether token `k` of `tokens` is no measure by one of this module's rules.
pub fn not_a_measure(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    // A mark may be of a magnitude only (`突破2万亿`), and so may a bar (`30万以上32个村`).
    if tier(ctx, t)
        || hour_of_a_time_of_day(ctx, t)
        || day_of_a_dateline(ctx, t)
        || magnitude_class(ctx, t)
        || ranked_group(ctx, tokens, k)
        || milestone(ctx, tokens, k)
        || bar_of_the_count_after(ctx, tokens, k)
        || rate_bar_of_places_counted(ctx, tokens, k)
        || speed_spec(ctx, t)
        || lost_footnote_mark(ctx, t)
        || glued_item_number(ctx, t)
        || name_in_a_list(ctx, t)
        || attachment_number(ctx, t)
        || number_inside_a_name(ctx, t)
        || slogan_phrase(ctx, t)
        || items_of_a_quoted_formula(ctx, t)
        || magnitude_threshold(ctx, t)
        || in_a_file_name(ctx, t)
    {
        return true;
    }
    let Some(base) = t.unit.as_ref().and_then(|u| u.base.as_deref()) else {
        return false;
    };
    class_threshold(ctx, t, base)
        || threshold_joined_to_the_next(ctx, tokens, k)
        || count_threshold(ctx, tokens, k, base)
        || bar_of_things_counted_after(ctx, tokens, k, base)
        || bar_before_things_counted(ctx, tokens, k, base)
        || facility_spec(ctx, t, base)
        || age_of_a_class(ctx, t, base)
        || categories_of_the_count_after(tokens, k, base)
        || bar_of_the_first_of_a_kind(ctx, t, base)
        || bar_each_thing_counted_crossed(ctx, tokens, k, base)
        || sums_up_the_list(ctx, tokens, k, base)
        || time_window(ctx, tokens, k, base)
        || policy_items(ctx, t, base)
        || items_under_a_heading(ctx, t, base)
        || minutes_of_a_time_of_day(ctx, t, base)
        || water_grade(ctx, t, base)
        || class_code(t, base)
        || class_of_things_counted(tokens, k, base)
}

/// Whether a CJK char starts at `pos`: a noun the number qualifies (not punctuation or a digit).
fn cjk_at(ctx: &Context, pos: usize) -> bool {
    ctx.chars
        .get(pos)
        .is_some_and(|&c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Whether `u` counts things by a counter (`32个`, `11家`).
fn counts_by_a_counter(u: &Token) -> bool {
    let base = u.unit.as_ref().and_then(|x| x.base.as_deref());
    base.is_some_and(|b| {
        let mut chars = b.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if COUNTERS.contains(c))
    })
}
