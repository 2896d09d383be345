//! The names a person types into a plan by hand, and how a mistyped one is
//! met: modes read in any case and spelling people use (`live`,
//! `self_paced`), a "did you mean" for a near miss (`ProvideFeedbak`), and a
//! name with a hyphen (`self-paced`), which RON cannot read as a name at all,
//! pointed out where it starts.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, EnumAccess, VariantAccess, Visitor};

use crate::model::{ActivityKind, Assumption, GagneEvent, KindField, Mode};

/// The modes as a plan file writes them.
const MODES: &[&str] = &["Live", "SelfPaced"];

/// The fields of a plan, a module, a cell and a schedule (the assumptions' own come
/// from the model).
const FIELDS: &[&str] = &[
    "format",
    "title",
    "assumptions",
    "kinds",
    "modules",
    "cells",
    "mode",
    "minutes",
    "kind",
    "reuse",
    "activity",
    "schedule",
    "start",
    "live",
    "weekday",
    "time",
    "zone",
    "learner_zones",
    "reach_from",
    "reach_to",
];

/// A cell's mode as read from a plan: `Live` and `SelfPaced` in any case,
/// with or without underscores (`live`, `LIVE`, `selfpaced`, `self_paced`,
/// `Self_Paced`), since that is how people type them. Saving writes the
/// canonical name, so a file read this way is tidied on its first save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ModeName(pub Mode);

impl<'de> Deserialize<'de> for ModeName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ModeVisitor;
        impl<'de> Visitor<'de> for ModeVisitor {
            type Value = ModeName;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mode, `Live` or `SelfPaced`")
            }
            fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<ModeName, A::Error> {
                let (Identifier(named), variant) = data.variant()?;
                variant.unit_variant()?;
                named
                    .map(ModeName)
                    .map_err(|name| de::Error::unknown_variant(&name, MODES))
            }
        }
        // The name "Mode" makes an unknown one read "unknown mode `Dance`".
        deserializer.deserialize_enum("Mode", MODES, ModeVisitor)
    }
}

/// A mode's name as written, read as the mode it names, or kept for the
/// message when it names none. (A `String` would ask RON for a quoted
/// string; a name is an identifier.)
struct Identifier(Result<Mode, String>);

/// The mode `name` means, in any case, with or without `_` or `-`
/// (`live`, `SelfPaced`, `self-paced`, `self_paced`).
pub(crate) fn mode_named(name: &str) -> Option<Mode> {
    // The names as written by coursegrid first: most files hold nothing else.
    match name {
        "Live" => return Some(Mode::Live),
        "SelfPaced" => return Some(Mode::SelfPaced),
        _ => {}
    }
    match key(name).as_str() {
        "live" => Some(Mode::Live),
        "selfpaced" => Some(Mode::SelfPaced),
        _ => None,
    }
}

impl<'de> Deserialize<'de> for Identifier {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IdentifierVisitor;
        impl Visitor<'_> for IdentifierVisitor {
            type Value = Identifier;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a name")
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<Identifier, E> {
                Ok(Identifier(mode_named(name).ok_or_else(|| name.to_owned())))
            }
        }
        deserializer.deserialize_identifier(IdentifierVisitor)
    }
}

/// The activity kind `name` means, in any case, as a person reads it
/// (`peer review`) or as a plan file writes it (`PeerReview`, `peer_review`).
pub(crate) fn kind_named(name: &str) -> Option<ActivityKind> {
    let wanted = key(name).replace(' ', "");
    ActivityKind::ALL
        .into_iter()
        .find(|kind| key(kind.identifier()) == wanted)
}

/// A name reduced to what a person means by it: lower case, no `_` or `-`.
fn key(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The name in `expected` that `found` most likely means: the same once
/// case, `_` and `-` are set aside, or within a few typing slips (an edit,
/// a swap of two letters) for every three letters. `None` when nothing is
/// that close: a wild guess would mislead more than no guess.
pub(crate) fn did_you_mean<'a>(found: &str, expected: &[&'a str]) -> Option<&'a str> {
    let found = key(found);
    expected
        .iter()
        .map(|name| (strsim::damerau_levenshtein(&found, &key(name)), *name))
        .min_by_key(|(distance, _)| *distance)
        .filter(|(distance, name)| *distance <= (key(name).chars().count() / 3).max(1))
        .map(|(_, name)| name)
}

/// What to say of a time-zone name the database does not know: the name it
/// most likely means, when one is near ("Europe/Londn"), else what a zone
/// name looks like. The plan-file reader and the schedule dialog both say it.
pub fn unknown_zone(name: &str) -> String {
    let names = crate::model::zone_names();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    match did_you_mean(name, &names) {
        Some(near) => format!("unknown time zone `{name}`: did you mean `{near}`?"),
        None => crate::model::ScheduleError::UnknownZone(name.to_owned()).to_string(),
    }
}

/// A syntax error at byte `offset` of `source` that is really a name with
/// a hyphen in it (`mode: self-paced`): where the name starts and what to
/// write instead. RON stops at the hyphen with "expected a comma", which
/// helps no one.
pub(super) fn hyphenated_name(source: &str, offset: usize) -> Option<(usize, String)> {
    let is_name = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-');
    let offset = offset.min(source.len());
    let start = source[..offset]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_name(*c))
        .last()
        .map_or(offset, |(i, _)| i);
    let end = source[offset..]
        .char_indices()
        .find(|(_, c)| !is_name(*c))
        .map_or(source.len(), |(i, _)| offset + i);
    let word = &source[start..end];
    if !word.contains('-') || !word.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let known: Vec<&str> = MODES
        .iter()
        .copied()
        .chain(GagneEvent::ALL.map(GagneEvent::identifier))
        .chain(ActivityKind::ALL.map(ActivityKind::identifier))
        .chain(Assumption::ALL.map(Assumption::key))
        .chain(KindField::ALL.map(KindField::key))
        .chain(FIELDS.iter().copied())
        .collect();
    let message = match did_you_mean(word, &known) {
        Some(name) => format!(
            "`{word}` cannot be read: a name in a plan file has no `-`; did you mean `{name}`?"
        ),
        None => format!(
            "`{word}` cannot be read: a name in a plan file has no `-` (fields are written \
             like `learners_per_cohort`, events, modes and kinds like `SelfPaced`), and a \
             text goes in quotes (\"{word}\")"
        ),
    };
    Some((start, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(text: &str) -> Result<Mode, String> {
        ron::from_str::<ModeName>(text)
            .map(|m| m.0)
            .map_err(|e| e.code.to_string())
    }

    #[test]
    fn modes_read_in_any_case_with_or_without_underscores() {
        for text in ["Live", "live", "LIVE", "li_ve"] {
            assert_eq!(mode(text), Ok(Mode::Live), "{text}");
        }
        for text in [
            "SelfPaced",
            "selfpaced",
            "self_paced",
            "Self_Paced",
            "SELF_PACED",
        ] {
            assert_eq!(mode(text), Ok(Mode::SelfPaced), "{text}");
        }
        assert!(mode("Dance").is_err());
        assert!(mode("Live(3)").is_err());
    }

    #[test]
    fn a_near_miss_gets_the_name_it_most_likely_means() {
        let events = GagneEvent::ALL.map(GagneEvent::identifier);
        assert_eq!(
            did_you_mean("ProvideFeedbak", &events),
            Some("ProvideFeedback")
        );
        assert_eq!(
            did_you_mean("provide_feedback", &events),
            Some("ProvideFeedback")
        );
        let kinds = ActivityKind::ALL.map(ActivityKind::identifier);
        // Two letters swapped is one slip.
        assert_eq!(did_you_mean("Vidoe", &kinds), Some("Video"));
        assert_eq!(did_you_mean("peer_review", &kinds), Some("PeerReview"));
        assert_eq!(did_you_mean("SelfPacd", MODES), Some("SelfPaced"));
        // Nothing close: no guess.
        assert_eq!(did_you_mean("Dance", &events), None);
        assert_eq!(did_you_mean("Dance", MODES), None);
        assert_eq!(did_you_mean("Lecture", &kinds), None);
    }

    #[test]
    fn a_hyphenated_name_is_pointed_out_where_it_starts() {
        let source = "(mode: self-paced, minutes: 5)";
        // RON stops at the hyphen.
        let hyphen = source.find('-').unwrap();
        let (start, message) = hyphenated_name(source, hyphen).unwrap();
        assert_eq!(start, source.find("self").unwrap());
        assert_eq!(
            message,
            "`self-paced` cannot be read: a name in a plan file has no `-`; did you mean `SelfPaced`?"
        );
        let (_, message) = hyphenated_name("{provide-feedback: ()}", 8).unwrap();
        assert!(
            message.ends_with("did you mean `ProvideFeedback`?"),
            "{message}"
        );
        let (_, message) = hyphenated_name("(learners-per-cohort: 24)", 9).unwrap();
        assert!(
            message.ends_with("did you mean `learners_per_cohort`?"),
            "{message}"
        );
        let (_, message) = hyphenated_name("(learner-zones: {})", 8).unwrap();
        assert!(
            message.ends_with("did you mean `learner_zones`?"),
            "{message}"
        );
        let (_, message) = hyphenated_name("(title: my-course)", 10).unwrap();
        assert!(message.contains("quotes (\"my-course\")"), "{message}");
        // A minus between numbers, or no hyphen at all, is some other mistake.
        assert_eq!(hyphenated_name("(minutes: 5-3)", 11), None);
        assert_eq!(hyphenated_name("(minutes: 5 3)", 12), None);
    }
}
