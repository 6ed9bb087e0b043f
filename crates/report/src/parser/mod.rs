//! Text → [`Report`] structure (metadata, parts, sections, paragraphs). Numbers are added by
//! [`crate::numbers`].

use crate::model::Report;
use std::fmt;

/// Why a text could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The text is empty or only whitespace.
    Empty,
    /// No part heading (`一、…`) was found.
    NoStructure,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "the text is empty"),
            ParseError::NoStructure => write!(f, "no part heading such as '一、…' was found"),
        }
    }
}

impl std::error::Error for ParseError {}

/// Parses the structure of a report (everything but `numbers`).
pub fn parse_structure(text: &str) -> Result<Report, ParseError> {
    if crate::text::trim_blank(text).is_empty() {
        return Err(ParseError::Empty);
    }
    Err(ParseError::NoStructure)
}
