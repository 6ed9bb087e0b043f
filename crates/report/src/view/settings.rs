//! Reading aids: font size, color theme and elder mode (适老化).

/// A color theme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the system (light or dark).
    #[default]
    Auto,
    /// Light.
    Light,
    /// Dark.
    Dark,
    /// Eye care (视力保护色): low-contrast warm background.
    Eyecare,
    /// High contrast.
    Contrast,
}

impl Theme {
    /// All themes, in the order the interface lists them.
    pub const ALL: [Theme; 5] = [
        Theme::Auto,
        Theme::Light,
        Theme::Dark,
        Theme::Eyecare,
        Theme::Contrast,
    ];

    /// The value used in URLs and storage: `auto`, `light`, `dark`, `eyecare`, `contrast`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Eyecare => "eyecare",
            Theme::Contrast => "contrast",
        }
    }

    /// Parses the URL/storage value (ASCII case-insensitive).
    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s))
    }
}

/// The reader's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Settings {
    /// Font size step, [`Settings::FONT_MIN`]`..=`[`Settings::FONT_MAX`]; 1 is the normal size.
    pub font: u8,
    /// Color theme.
    pub theme: Theme,
    /// Elder mode: larger text, larger targets, simpler layout.
    pub elder: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            font: Settings::FONT_MIN,
            theme: Theme::Auto,
            elder: false,
        }
    }
}

impl Settings {
    /// The smallest font step (the normal size).
    pub const FONT_MIN: u8 = 1;
    /// The largest font step.
    pub const FONT_MAX: u8 = 4;
    /// The font step elder mode uses at least.
    pub const ELDER_FONT: u8 = 3;

    /// The font step to render: `font` clamped to 1..=4, and at least 3 in elder mode.
    pub fn effective_font(&self) -> u8 {
        let f = self.font.clamp(Settings::FONT_MIN, Settings::FONT_MAX);
        if self.elder {
            f.max(Settings::ELDER_FONT)
        } else {
            f
        }
    }

    /// The classes that express these settings on `<html>` (the stylesheet turns them into
    /// CSS variables): `font-N`, `theme-NAME`, and `elder`.
    ///
    /// ```
    /// use report::view::{Settings, Theme};
    /// let s = Settings { font: 2, theme: Theme::Eyecare, elder: true };
    /// assert_eq!(s.classes(), ["font-3", "theme-eyecare", "elder"]);
    /// assert_eq!(Settings::default().classes(), ["font-1", "theme-auto"]);
    /// ```
    pub fn classes(&self) -> Vec<String> {
        let mut classes = vec![
            format!("font-{}", self.effective_font()),
            format!("theme-{}", self.theme.as_str()),
        ];
        if self.elder {
            classes.push("elder".into());
        }
        classes
    }

    /// These settings with `overrides` (from the URL) applied on top.
    pub fn with(self, overrides: &SettingsOverrides) -> Settings {
        Settings {
            font: overrides.font.unwrap_or(self.font),
            theme: overrides.theme.unwrap_or(self.theme),
            elder: overrides.elder.unwrap_or(self.elder),
        }
    }
}

/// Settings given in a URL (`font=`, `theme=`, `elder=`); `None` leaves the stored setting alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SettingsOverrides {
    /// `font=1..4`.
    pub font: Option<u8>,
    /// `theme=auto|light|dark|eyecare|contrast`.
    pub theme: Option<Theme>,
    /// `elder=1` (or `elder=0` to turn it off).
    pub elder: Option<bool>,
}

impl SettingsOverrides {
    /// Whether it overrides nothing.
    pub fn is_empty(&self) -> bool {
        *self == SettingsOverrides::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_round_trip() {
        for t in Theme::ALL {
            assert_eq!(Theme::parse(t.as_str()), Some(t));
        }
        assert_eq!(Theme::parse("Dark"), Some(Theme::Dark));
        assert_eq!(Theme::parse("sepia"), None);
    }

    #[test]
    fn overrides_and_fonts() {
        let s = Settings::default();
        assert_eq!(s.effective_font(), 1);
        let o = SettingsOverrides {
            font: Some(2),
            theme: None,
            elder: Some(true),
        };
        let t = s.with(&o);
        assert_eq!(
            t,
            Settings {
                font: 2,
                theme: Theme::Auto,
                elder: true
            }
        );
        assert_eq!(t.effective_font(), 3);
        assert_eq!(Settings { font: 9, ..s }.effective_font(), 4);
        assert!(SettingsOverrides::default().is_empty() && !o.is_empty());
    }
}
