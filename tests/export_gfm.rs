//! The Markdown export as GitHub reads it: comrak, a port of GitHub's
//! cmark-gfm, with the extensions GitHub turns on, extended autolinks among
//! them (pulldown-cmark has none, so it cannot see a bare URL become a link).

use coursegrid::export::{self, ExportFormat};
use coursegrid::model::{
    ActivityKind, Assumptions, Cell, Course, Currency, GagneEvent, Minutes, Module,
};
use coursegrid::plan_file;
use proptest::prelude::*;

mod common;

/// Titles and activities full of addresses, links and HTML.
const HOSTILE: [&str; 18] = [
    "Visit https://evil.example/path?q=1 now",
    "www.evil.example",
    "<a href=\"https://evil.example\">click</a>",
    "[x](https://evil.example) and [y][1] and ![i](https://evil.example/i.png)",
    "javascript:alert(1) and JAVASCRIPT://%0aalert(1)",
    "mail me@evil.example or mailto:me@evil.example",
    "ftp://files.evil.example/x and HTTP://SHOUT.EVIL.EXAMPLE",
    "//cdn.evil.example/x.js",
    "(www.evil.example) *www.evil.example* _www.evil.example_ ~www.evil.example~",
    "<https://evil.example> <me@evil.example>",
    "https://evil.example/a_b_c and www.evil.example/x_y",
    "WWW.EVIL.EXAMPLE and Www.evil.example",
    "https://www.evil.example",
    "a:https://evil.example",
    "xmpp:me@evil.example",
    "[1]: https://evil.example",
    "<img src=x onerror=alert(1)> <script>alert(1)</script>",
    "http://[::1]:8080/ and https://127.0.0.1/",
];

/// Every kind of HTML element the export itself writes.
const EXPORT_TAGS: [&str; 15] = [
    "p", "h1", "h2", "h3", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "strong", "em",
    "pre",
];

/// A plan whose every piece of user text is hostile: the course title, the
/// module titles, the activities and the currency.
fn hostile_plan() -> Course {
    let path = common::asset("master-baker.ron");
    let mut course = plan_file::load(&path).unwrap();
    course.title = HOSTILE.join(" ");
    let modules: Vec<Module> = HOSTILE
        .iter()
        .map(|text| {
            let mut module = Module::new(*text);
            *module.cell_mut(GagneEvent::PresentContent) = Cell {
                activity: Some(text.to_string()),
                ..Cell::new(ActivityKind::Video, Minutes::new(20).unwrap())
            };
            module
        })
        .collect();
    let mut hostile = Course::new(&course.title, course.assumptions, modules).unwrap();
    // The currency shows in the money table and the opening paragraph.
    hostile
        .assumptions
        .set_currency(Currency::new("www.x.co").unwrap());
    hostile
}

/// The HTML GitHub would show: tables, strikethrough, task lists and
/// extended autolinks, with raw HTML passed through as GitHub's sanitiser
/// sees it (so any that got through is visible here).
fn github_html(markdown: &str) -> String {
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.tasklist = true;
    options.extension.autolink = true;
    options.extension.footnotes = true;
    options.render.r#unsafe = true;
    comrak::markdown_to_html(markdown, &options)
}

/// Every start tag in `html`, as the text from `<` to its `>`.
fn start_tags(html: &str) -> Vec<&str> {
    html.match_indices('<')
        .filter(|(at, _)| html[at + 1..].starts_with(|c: char| c.is_ascii_alphabetic()))
        .map(|(at, _)| &html[at..at + html[at..].find('>').unwrap() + 1])
        .collect()
}

fn tag_name(tag: &str) -> &str {
    let name = &tag[1..];
    &name[..name.find(|c: char| !c.is_ascii_alphanumeric()).unwrap()]
}

#[test]
fn no_url_or_www_address_in_user_text_becomes_a_link_on_github() {
    let markdown = export::render(ExportFormat::Markdown, &hostile_plan());
    let html = github_html(&markdown);
    let links: Vec<&str> = start_tags(&html)
        .into_iter()
        .filter(|tag| tag_name(tag) == "a")
        .collect();
    // E-mail addresses are linked by cmark-gfm after every escape is read
    // (the README says so); they only open a mail or chat program.
    let web: Vec<&&str> = links
        .iter()
        .filter(|tag| !tag.starts_with("<a href=\"mailto:") && !tag.starts_with("<a href=\"xmpp:"))
        .collect();
    assert!(web.is_empty(), "links other than e-mail: {web:#?}");
    assert!(
        links.iter().any(|tag| tag.starts_with("<a href=\"mailto:")),
        "the e-mail address is the one thing linked, as documented: {links:?}"
    );
    for url in [
        "https://evil.example/path?q=1",
        "www.evil.example",
        "//cdn.evil.example",
    ] {
        assert!(html.contains(url), "{url} still reads as typed");
    }
}

#[test]
fn no_html_from_user_text_reaches_github() {
    let markdown = export::render(ExportFormat::Markdown, &hostile_plan());
    let html = github_html(&markdown);
    for tag in start_tags(&html) {
        let name = tag_name(tag);
        assert!(
            EXPORT_TAGS.contains(&name) || name == "code" || name == "a",
            "{tag} is not the export's own HTML"
        );
        if name == "a" {
            assert!(tag.starts_with("<a href=\"mailto:") || tag.starts_with("<a href=\"xmpp:"));
        }
        if name == "code" {
            // Only the Mermaid charts' fences.
            assert_eq!(tag, "<code class=\"language-mermaid\">");
        }
    }
    for text in [
        "<script>",
        "<img src=x onerror=alert(1)>",
        "[x](https://evil.example)",
    ] {
        let shown = text
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(html.contains(&shown), "{text} reads as text");
    }
}

#[test]
fn plain_plans_have_no_links_at_all() {
    for name in ["master-baker.ron", "master-chef.ron"] {
        let course = plan_file::load(&common::asset(name)).unwrap();
        let html = github_html(&export::render(ExportFormat::Markdown, &course));
        assert!(!html.contains("<a "), "{name}");
    }
}

#[test]
fn a_plan_of_plain_text_renders_the_same_with_or_without_autolinks() {
    let course = Course::new("Bread", Assumptions::default(), vec![Module::new("Rise")]).unwrap();
    let markdown = export::render(ExportFormat::Markdown, &course);
    let mut plain = comrak::Options::default();
    plain.extension.table = true;
    plain.extension.strikethrough = true;
    plain.extension.tasklist = true;
    plain.extension.footnotes = true;
    assert_eq!(
        github_html(&markdown),
        comrak::markdown_to_html(&markdown, &plain)
    );
}

/// Text made of the pieces of addresses, links and markup, in any order.
fn address_like_text() -> BoxedStrategy<String> {
    let pieces = [
        "https://",
        "http://",
        "ftp://",
        "www.",
        "WWW.",
        "//",
        ":",
        "/",
        ".",
        "@",
        "mailto:",
        "x",
        "example.com",
        " ",
        "(",
        "*",
        "_",
        "~",
        "<",
        ">",
        "[",
        "](",
        ")",
        "\\",
        "&",
        "1.",
        "-",
        "|",
        "`",
    ];
    proptest::collection::vec(proptest::sample::select(pieces.to_vec()), 0..12)
        .prop_map(|pieces| pieces.concat())
        .boxed()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_address_like_text_gives_no_link_but_e_mail(
        course in common::course(address_like_text(), 4)
    ) {
        let html = github_html(&export::render(ExportFormat::Markdown, &course));
        for tag in start_tags(&html) {
            let name = tag_name(tag);
            prop_assert!(EXPORT_TAGS.contains(&name) || name == "code" || name == "a", "{}", tag);
            if name == "a" {
                // An e-mail autolink (`mailto:`, `xmpp:`, or comrak's reading of
                // ".mailto:@example.com" as an address): never a web address.
                let href = tag.split("href=\"").nth(1).unwrap_or_default();
                prop_assert!(href.contains('@') && !href.contains("//"), "{}", tag);
            }
        }
    }
}
