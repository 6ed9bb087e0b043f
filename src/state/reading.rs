//! What 朗读 says for the cards on screen: [`SpeechItem`]s built from the report (the words come
//! from `report::speech`), for `use_speech` to read in order.

use std::ops::Range;

use super::ReportData;

/// One utterance to say.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeechItem {
    /// The card read (an index into the report's cards).
    pub card: usize,
    /// The card's element id (`card-…`).
    pub dom_id: String,
    /// Which characters of the card's text it reads; `None` for its title.
    pub chars: Option<Range<usize>>,
    /// What is said.
    pub text: String,
}

/// The element id of card `card`.
pub fn card_dom_id(data: &ReportData, card: usize) -> String {
    format!("card-{}", data.cards[card].id)
}

/// Reading card `card`: its title (unless its text begins with it), then its text sentence by
/// sentence.
pub fn card_items(data: &ReportData, card: usize) -> Vec<SpeechItem> {
    let c = &data.cards[card];
    let dom_id = card_dom_id(data, card);
    let (title, text) = report::speech::card(&c.heading, &c.text);
    let item = |chars, text| SpeechItem {
        card,
        dom_id: dom_id.clone(),
        chars,
        text,
    };
    title
        .map(|t| item(None, t))
        .into_iter()
        .chain(text.into_iter().map(|u| item(Some(u.start..u.end), u.text)))
        .collect()
}

/// Reading `cards` one after the other.
pub fn cards_items(data: &ReportData, cards: impl IntoIterator<Item = usize>) -> Vec<SpeechItem> {
    cards
        .into_iter()
        .flat_map(|c| card_items(data, c))
        .collect()
}

/// 指读 of number `number` (an index into the report's numbers) on card `card`: the sentence
/// it is in.
pub fn number_item(data: &ReportData, card: usize, number: usize) -> Option<SpeechItem> {
    let c = &data.cards[card];
    let (range, _) = data.marks(c).into_iter().find(|(_, n)| *n == number)?;
    let u = report::speech::utterance_at(&c.text, range.start)?;
    Some(SpeechItem {
        card,
        dom_id: card_dom_id(data, card),
        chars: Some(u.start..u.end),
        text: u.text,
    })
}
