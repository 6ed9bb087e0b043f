//! What is no indicator though written with digits: a year, date, name, footnote or ordinal, a
//! quoted or title number, a number that names something, an anniversary, a radius concept, a
//! value no `f64` holds, or what [`crate::numbers::filters`] finds.

use crate::numbers::context::Context;
use crate::numbers::lexicon::{
    NAME_SUFFIXES, SERVICE_NAME_WORDS, SPAN_MEASURE_AFTER, SPAN_MEASURE_BEFORE,
};
use crate::numbers::scan::{Shape, Token};

/// A unitless number that names something: `107国道`, `120急救中心`, `12345政务服务热线`.
fn is_named_number(ctx: &Context, t: &Token) -> bool {
    if NAME_SUFFIXES.iter().any(|w| ctx.starts_with_at(t.end, w)) {
        return true;
    }
    // `12345政务服务热线`, `13710企业直办平台`: a service's number.
    let end = ctx.clause_end(t.start).min(t.end + 8);
    let after = ctx.slice(t.end, end);
    SERVICE_NAME_WORDS.iter().any(|w| after.contains(w))
}

/// A number written in digits that no finite `f64` holds, as written (400 digits) or once
/// `万`/`亿` are expanded: it has no value to show, compare or chart (`value: null` in the
/// JSON), so it is no indicator, whatever its wording.
fn is_unrepresentable(t: &Token) -> bool {
    t.digits.is_some() && (t.value.is_none() || t.base_value().is_none())
}

/// `30周年`: an anniversary is a date, not a measure.
fn is_anniversary(t: &Token) -> bool {
    t.unit.as_ref().is_some_and(|u| u.written == "周年")
}

/// Whether the rest of the clause makes a distance or duration a concept name
/// (`10分钟居家社区养老生活圈`, `5分钟消防应急救援格局`).
fn is_radius_concept(ctx: &Context, t: &Token) -> bool {
    let Some(base) = t.unit.as_ref().and_then(|u| u.base.as_deref()) else {
        return false;
    };
    if !matches!(base, "分钟" | "小时" | "公里" | "千米" | "米") {
        return false;
    }
    let rest = ctx.slice(t.end, ctx.clause_end(t.start));
    if rest.chars().take(21).count() <= 20 && (rest.contains('圈') || rest.contains("格局")) {
        return true;
    }
    // `24小时智慧服务大厅`, `240小时过境免签政策`: a span of hours or minutes glued to the noun
    // it qualifies names a kind of service; one a task takes is followed by `内`, `完成`…
    let span = matches!(base, "分钟" | "小时") && t.approx.is_none();
    let next = ctx.chars.get(t.end).copied();
    span && next.is_some_and(|c| crate::text::is_cjk(c) && !SPAN_MEASURE_AFTER.contains(c))
        && !SPAN_MEASURE_BEFORE
            .iter()
            .any(|w| ctx.ends_with_at(t.start, w))
}

/// Whether token `k` is no indicator: a year, date, name, footnote or ordinal, quoted (but a
/// rank, a streak or a result of none, which the scanner keeps only with their words) or in a
/// title, a number that names something, an anniversary, a radius concept, or what
/// [`crate::numbers::filters::not_a_measure`] finds.
pub(super) fn is_not_indicator(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let name_suffix = t.unit.is_none() && t.shape == Shape::Number && is_named_number(ctx, t);
    matches!(
        t.shape,
        Shape::Year | Shape::Date | Shape::Name | Shape::Footnote | Shape::Ordinal
    ) || (ctx.in_quote[t.start]
        && !matches!(t.shape, Shape::Rank | Shape::Zero)
        && !t.is_in_a_row())
        || ctx.in_title[t.start]
        || name_suffix
        || is_unrepresentable(t)
        || is_anniversary(t)
        || is_radius_concept(ctx, t)
        || crate::numbers::filters::not_a_measure(ctx, tokens, k)
}

#[cfg(test)]
mod tests {
    use crate::{scan_block, BlockContext};

    #[test]
    fn a_number_no_f64_holds_is_no_indicator() {
        let text = format!(
            "产值{}元，投资{}亿元，面积{}.5万平方米，同比增长4.1%，用地1{}平方米。",
            "9".repeat(400),
            // Finite as written, infinite once 亿 and 万 are expanded.
            "1".repeat(305),
            "2".repeat(305),
            // 10^300: large, but a value.
            "0".repeat(300),
        );
        let ms = scan_block(&text, &BlockContext::default());
        assert_eq!(ms.len(), 5, "{ms:?}");
        for m in &ms[..3] {
            assert!(!m.is_indicator, "{}", m.raw);
            assert_eq!(m.kind, None, "{}", m.raw);
            assert_eq!(m.base_value, None, "{}", m.raw);
        }
        assert!(ms[3].is_indicator && ms[3].value == Some(4.1));
        assert!(ms[4].is_indicator && ms[4].value.is_some_and(|v| v > 9.9e299));
    }
}
