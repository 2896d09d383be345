//! Time-zone names completed as they are typed: "tok" finds Asia/Tokyo,
//! "new y" America/New_York. The names are those of the bundled database
//! ([`crate::model::zone_names`]), the only ones a plan may use.

use std::sync::OnceLock;

use crate::model::{ScheduleError, Zone, zone_names};

/// How many matches the dialog lists under the field, at most.
pub const SHOWN: usize = 5;

/// The database's names, each with its folded form for matching.
fn names() -> &'static [(String, String)] {
    static NAMES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names: Vec<(String, String)> = zone_names()
            .into_iter()
            .map(|name| {
                let folded = folded(&name);
                (name, folded)
            })
            .collect();
        names.sort();
        names
    })
}

/// Large cities the database names no zone after, with the zone their
/// clocks keep: "mumbai" finds Asia/Kolkata, "beijing" Asia/Shanghai.
const CITIES: &[(&str, &str)] = &[
    ("Mumbai", "Asia/Kolkata"),
    ("Delhi", "Asia/Kolkata"),
    ("New Delhi", "Asia/Kolkata"),
    ("Bangalore", "Asia/Kolkata"),
    ("Bengaluru", "Asia/Kolkata"),
    ("Chennai", "Asia/Kolkata"),
    ("Hyderabad", "Asia/Kolkata"),
    ("Beijing", "Asia/Shanghai"),
    ("Shenzhen", "Asia/Shanghai"),
    ("Guangzhou", "Asia/Shanghai"),
    ("Osaka", "Asia/Tokyo"),
    ("Kyoto", "Asia/Tokyo"),
    ("Hanoi", "Asia/Bangkok"),
    ("Abu Dhabi", "Asia/Dubai"),
    ("San Francisco", "America/Los_Angeles"),
    ("Seattle", "America/Los_Angeles"),
    ("San Diego", "America/Los_Angeles"),
    ("Washington", "America/New_York"),
    ("Boston", "America/New_York"),
    ("Miami", "America/New_York"),
    ("Atlanta", "America/New_York"),
    ("Philadelphia", "America/New_York"),
    ("Montreal", "America/Toronto"),
    ("Ottawa", "America/Toronto"),
    ("Dallas", "America/Chicago"),
    ("Houston", "America/Chicago"),
    ("Austin", "America/Chicago"),
    ("Rio de Janeiro", "America/Sao_Paulo"),
    ("Munich", "Europe/Berlin"),
    ("Frankfurt", "Europe/Berlin"),
    ("Hamburg", "Europe/Berlin"),
    ("Barcelona", "Europe/Madrid"),
    ("Milan", "Europe/Rome"),
    ("Manchester", "Europe/London"),
    ("Edinburgh", "Europe/London"),
    ("Geneva", "Europe/Zurich"),
    ("Cape Town", "Africa/Johannesburg"),
    ("Canberra", "Australia/Sydney"),
];

/// `text` as it is matched: lower case and without accents ("São" as
/// "sao"), with a space and '-' read as '_' (people type "new york" and
/// "port-au" for New_York and Port-au-Prince).
fn folded(text: &str) -> String {
    deunicode::deunicode(text)
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The part of a zone name after its last '/': "New_York".
fn city(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

/// How well `name` (folded) matches `typed` (folded), best first: the
/// whole name, the start of its city (after the last '/'), the start of the
/// name, anywhere in it; `None` when it does not match.
fn rank(name: &str, typed: &str) -> Option<u8> {
    if name == typed {
        Some(0)
    } else if city(name).starts_with(typed) {
        Some(1)
    } else if name.starts_with(typed) {
        Some(2)
    } else if name.contains(typed) {
        Some(3)
    } else {
        None
    }
}

/// The zone names `typed` could mean, best first, at most `limit`, leaving
/// out those in `except` (the learner zones already listed); none for
/// nothing typed. Within a rank the shorter city comes first, as the closer
/// to what was typed ("lon": London before Longyearbyen, "par": Paris
/// before Paramaribo), then the alphabet.
pub fn matches(typed: &str, limit: usize, except: &[&str]) -> Vec<&'static str> {
    let typed = folded(typed.trim_start());
    if typed.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(u8, &'static str)> = names()
        .iter()
        .filter_map(|(name, folded)| rank(folded, &typed).map(|rank| (rank, name.as_str())))
        .collect();
    // Sorted by name already: a stable sort keeps that within a tie.
    found.sort_by_key(|(rank, name)| (*rank, city(name).len()));
    // A city of `CITIES` typed from its start: its zone, after the zones
    // whose own city starts so.
    let cities = CITIES
        .iter()
        .filter(|(city, _)| folded(city).starts_with(&typed))
        .map(|&(_, zone)| zone);
    let mut listed: Vec<&'static str> = Vec::new();
    let best = found.iter().take_while(|(rank, _)| *rank <= 1);
    let rest = found.iter().skip_while(|(rank, _)| *rank <= 1);
    for name in best
        .map(|&(_, name)| name)
        .chain(cities)
        .chain(rest.map(|&(_, name)| name))
    {
        if !listed.contains(&name) && !except.contains(&name) {
            listed.push(name);
        }
        if listed.len() == limit {
            break;
        }
    }
    listed
}

/// The zone Enter takes for `typed`: the match `chosen` among those listed,
/// else the name as typed, which the database refuses with the model's
/// message when it knows no such zone.
pub fn resolve(typed: &str, chosen: usize, except: &[&str]) -> Result<Zone, ScheduleError> {
    let listed = matches(typed, SHOWN, except);
    match listed.get(chosen.min(listed.len().saturating_sub(1))) {
        Some(name) => Zone::named(name),
        // Only a zone left out matches ("london" with London listed): that
        // zone, for the caller to say it is there already.
        None => match matches(typed, 1, &[]).first() {
            Some(name) => Zone::named(name),
            None => Zone::named(typed.trim()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_city_comes_first_then_the_start_of_the_name_then_anywhere() {
        assert_eq!(matches("tok", SHOWN, &[])[0], "Asia/Tokyo");
        assert_eq!(matches("london", SHOWN, &[])[0], "Europe/London");
        assert_eq!(
            matches("LONDON", SHOWN, &[])[0],
            "Europe/London",
            "any case"
        );
        // "asia/" is no city's start: the start of the name.
        assert!(
            matches("asia/", SHOWN, &[])
                .iter()
                .all(|n| n.starts_with("Asia/"))
        );
        // Cities that start so, the shorter first; then names that contain it.
        assert_eq!(
            matches("tok", SHOWN, &[]),
            ["Asia/Tokyo", "Antarctica/Vostok", "Asia/Vladivostok"]
        );
        assert_eq!(
            matches("lon", 2, &[]),
            ["Europe/London", "Arctic/Longyearbyen"]
        );
        assert_eq!(
            matches("par", 2, &[]),
            ["Europe/Paris", "America/Paramaribo"]
        );
        assert_eq!(
            matches("ber", 2, &[]),
            ["Europe/Berlin", "Atlantic/Bermuda"]
        );
        // Anywhere in the name, after every better match.
        assert_eq!(matches("york", SHOWN, &[]), ["America/New_York"]);
    }

    #[test]
    fn a_space_or_a_hyphen_typed_matches_an_underscore() {
        assert_eq!(matches("new y", SHOWN, &[])[0], "America/New_York");
        assert_eq!(matches("new-y", SHOWN, &[])[0], "America/New_York");
        assert_eq!(matches("new_y", SHOWN, &[])[0], "America/New_York");
        assert_eq!(matches("los ang", SHOWN, &[])[0], "America/Los_Angeles");
        assert!(matches("port au", SHOWN, &[]).contains(&"America/Port-au-Prince"));
    }

    #[test]
    fn a_big_city_without_its_own_zone_finds_the_zone_it_keeps() {
        assert_eq!(matches("mumbai", SHOWN, &[]), ["Asia/Kolkata"]);
        assert_eq!(matches("beij", SHOWN, &[]), ["Asia/Shanghai"]);
        assert_eq!(matches("san fr", SHOWN, &[]), ["America/Los_Angeles"]);
        // An accent typed or not.
        assert_eq!(matches("são", SHOWN, &[]), matches("sao", SHOWN, &[]));
        assert!(matches("sao p", SHOWN, &[]).contains(&"America/Sao_Paulo"));
        assert_eq!(matches("zürich", SHOWN, &[])[0], "Europe/Zurich");
        // A zone's own city still comes first ("mon": Monaco, Monrovia, ...
        // then Montreal's Toronto), and none is listed twice.
        let mon = matches("mon", 20, &[]);
        assert!(mon.contains(&"America/Toronto"));
        let mut unique = mon.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), mon.len());
        for (city, zone) in CITIES {
            assert!(Zone::named(zone).is_ok(), "{city}: {zone}");
        }
    }

    #[test]
    fn zones_already_listed_are_left_out() {
        assert_eq!(
            matches("tok", SHOWN, &["Asia/Tokyo"])[0],
            "Antarctica/Vostok"
        );
        let second = matches("new", SHOWN, &[])[1];
        assert_eq!(
            resolve("new", 0, &["America/New_York"]).unwrap().name(),
            second
        );
        // Nothing else matches: the zone listed, to be refused as a repeat.
        let london = resolve("london", 0, &["Europe/London"]).unwrap();
        assert_eq!(london.name(), "Europe/London");
    }

    #[test]
    fn the_whole_name_typed_is_the_first_match() {
        assert_eq!(matches("utc", SHOWN, &[])[0], "UTC");
        assert_eq!(matches("europe/london", SHOWN, &[])[0], "Europe/London");
    }

    #[test]
    fn nothing_typed_or_nothing_known_lists_nothing() {
        assert!(matches("", SHOWN, &[]).is_empty());
        assert!(matches("   ", SHOWN, &[]).is_empty());
        assert!(matches("atlantis", SHOWN, &[]).is_empty());
        assert_eq!(matches("a", 3, &[]).len(), 3, "at most the limit");
    }

    #[test]
    fn enter_takes_the_chosen_match_or_refuses_an_unknown_name() {
        assert_eq!(resolve("tok", 0, &[]).unwrap().name(), "Asia/Tokyo");
        let second = matches("new", SHOWN, &[])[1];
        assert_eq!(resolve("new", 1, &[]).unwrap().name(), second);
        assert_eq!(
            resolve("Atlantis/Capital", 0, &[]),
            Err(ScheduleError::UnknownZone("Atlantis/Capital".into()))
        );
    }
}
