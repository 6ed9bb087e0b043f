//! UI components, one folder per component.

pub mod outline;
