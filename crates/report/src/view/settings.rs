//! Reading aids: font size, color theme, elder mode (适老化), reading aloud (朗读), a large
//! pointer (大鼠标) and a reading guide (阅读线).

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
    /// 朗读: whether the read-aloud buttons show (where the browser has a Chinese voice).
    pub speech: bool,
    /// 语速: the reading rate step, [`Settings::RATE_MIN`]`..=`[`Settings::RATE_MAX`]
    /// (慢, 中, 快); see [`Settings::speech_rate`].
    pub rate: u8,
    /// 大鼠标: a large pointer.
    pub cursor: bool,
    /// 阅读线: a band across the page that follows the pointer or the keyboard focus.
    pub guide: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            font: Settings::FONT_MIN,
            theme: Theme::Auto,
            elder: false,
            speech: true,
            rate: Settings::RATE_NORMAL,
            cursor: false,
            guide: false,
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

    /// The slowest reading rate step (慢).
    pub const RATE_MIN: u8 = 1;
    /// The usual reading rate step (中).
    pub const RATE_NORMAL: u8 = 2;
    /// The fastest reading rate step (快).
    pub const RATE_MAX: u8 = 3;

    /// The speech engine's rate for [`Settings::rate`] (1.0 is the voice's own pace; an
    /// out-of-range step reads at the usual pace).
    ///
    /// ```
    /// use report::view::Settings;
    /// let s = Settings { rate: 1, ..Settings::default() };
    /// assert!(s.speech_rate() < Settings::default().speech_rate());
    /// assert_eq!(Settings { rate: 9, ..s }.speech_rate(), 1.0);
    /// ```
    pub fn speech_rate(&self) -> f32 {
        match self.rate {
            1 => 0.8,
            3 => 1.3,
            _ => 1.0,
        }
    }

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
    /// CSS variables): `font-N`, `theme-NAME`, `elder`, `speech-off` (the 朗读 switch off),
    /// `big-cursor` and `guide-on`.
    ///
    /// ```
    /// use report::view::{Settings, Theme};
    /// let s = Settings { font: 2, theme: Theme::Eyecare, elder: true, ..Settings::default() };
    /// assert_eq!(s.classes(), ["font-3", "theme-eyecare", "elder"]);
    /// assert_eq!(Settings::default().classes(), ["font-1", "theme-auto"]);
    /// assert!(Settings { speech: false, ..s }.classes().contains(&"speech-off".to_string()));
    /// let aids = Settings { cursor: true, guide: true, ..Settings::default() };
    /// assert_eq!(aids.classes(), ["font-1", "theme-auto", "big-cursor", "guide-on"]);
    /// ```
    pub fn classes(&self) -> Vec<String> {
        let mut classes = vec![
            format!("font-{}", self.effective_font()),
            format!("theme-{}", self.theme.as_str()),
        ];
        if self.elder {
            classes.push("elder".into());
        }
        if !self.speech {
            classes.push("speech-off".into());
        }
        if self.cursor {
            classes.push("big-cursor".into());
        }
        if self.guide {
            classes.push("guide-on".into());
        }
        classes
    }

    /// These settings with `overrides` (from the URL) applied on top.
    pub fn with(self, overrides: &SettingsOverrides) -> Settings {
        Settings {
            font: overrides.font.unwrap_or(self.font),
            theme: overrides.theme.unwrap_or(self.theme),
            elder: overrides.elder.unwrap_or(self.elder),
            speech: overrides.speech.unwrap_or(self.speech),
            rate: overrides.rate.unwrap_or(self.rate),
            cursor: overrides.cursor.unwrap_or(self.cursor),
            guide: overrides.guide.unwrap_or(self.guide),
        }
    }
}

/// Settings given in a URL (`font=`, `theme=`, `elder=`, `speech=`, `rate=`, `cursor=`,
/// `guide=`); `None` leaves the stored setting alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SettingsOverrides {
    /// `font=1..4`.
    pub font: Option<u8>,
    /// `theme=auto|light|dark|eyecare|contrast`.
    pub theme: Option<Theme>,
    /// `elder=1` (or `elder=0` to turn it off).
    pub elder: Option<bool>,
    /// `speech=0` hides the read-aloud buttons (`speech=1` shows them).
    pub speech: Option<bool>,
    /// `rate=1..3`: 语速 慢, 中, 快.
    pub rate: Option<u8>,
    /// `cursor=1`: 大鼠标.
    pub cursor: Option<bool>,
    /// `guide=1`: 阅读线.
    pub guide: Option<bool>,
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
            ..SettingsOverrides::default()
        };
        let t = s.with(&o);
        assert_eq!(
            t,
            Settings {
                font: 2,
                theme: Theme::Auto,
                elder: true,
                ..s
            }
        );
        assert_eq!(t.effective_font(), 3);
        assert_eq!(Settings { font: 9, ..s }.effective_font(), 4);
        assert!(SettingsOverrides::default().is_empty() && !o.is_empty());
    }
}
