//! User text (titles, activities) made safe for Markdown: whatever a plan
//! holds, it renders as the same text in any CommonMark or GitHub viewer,
//! never as markup, HTML, a link, a table column or a new block.
//!
//! One exception no escape can prevent: GitHub (cmark-gfm) links an e-mail
//! address (`me@example.com`, and a `mailto:` or `xmpp:` one) to its own
//! address, because it looks for them in the text after every escape is
//! read. Such a link only opens a mail or chat program, so it is left.

/// `text` escaped for any inline place in a Markdown document: a paragraph,
/// a heading, a list item or a table cell.
///
/// - `\` `` ` `` `*` `_` `[` `]` `|` `#` `~` `$` get a backslash, so they
///   start no emphasis, code span, link, strikethrough, math or table column
///   (`\|` is also how GitHub's tables take a pipe inside a cell);
/// - a `:` before `//` gets a backslash (`https\://`), and so does the
///   first `/` of a `//` after anything else (`\//cdn`), and the `.` after
///   `www` (`www\.`), so no URL or `www.` address becomes a link in GitHub
///   (whose extended autolinks start at that `:` or `www.`) or in
///   markdown-it's linkify (which also links `//host`);
/// - `<`, `>` and `&` become `&lt;`, `&gt;` and `&amp;`, so no HTML tag or
///   entity survives, even in viewers that ignore backslash escapes;
/// - line breaks, tabs and other whitespace controls become spaces, and other
///   control characters read as `\u{1b}` (as the command line shows them);
/// - leading and trailing whitespace is dropped (Markdown would drop it, or
///   read four leading spaces as code), and a leading `-`, `+`, `=` or a
///   number followed by `.` or `)` is escaped so it starts no list, rule or
///   heading underline.
pub fn escape_inline(text: &str) -> String {
    let text = text.trim_matches(|c: char| c.is_whitespace() || is_blank_control(c));
    let mut out = String::with_capacity(text.len() + 8);
    for (at, c) in text.char_indices() {
        let (before, after) = (&text[..at], &text[at + c.len_utf8()..]);
        match c {
            ':' if after.starts_with("//") => out.push_str("\\:"),
            '/' if after.starts_with('/') && !before.ends_with(':') => out.push_str("\\/"),
            '.' if ends_with_www(before) => out.push_str("\\."),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            c if is_blank_control(c) || c == '\u{2028}' || c == '\u{2029}' => out.push(' '),
            c if c.is_control() || crate::present::printable::is_bidi_control(c) => {
                // `\u{1b}` with its backslash escaped, so it reads as written.
                out.push('\\');
                out.extend(c.escape_unicode());
            }
            c => out.push(c),
        }
    }
    escape_block_start(out)
}

/// Whether `text` ends with `www` in any case, as an address does before
/// its first dot.
fn ends_with_www(text: &str) -> bool {
    text.len() >= 3
        && text
            .get(text.len() - 3..)
            .is_some_and(|end| end.eq_ignore_ascii_case("www"))
}

/// Control characters that only move the cursor: read as a space.
fn is_blank_control(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | '\u{85}')
}

/// Escapes what would start a list, a thematic break or a setext underline
/// if the text began a line: `- `, `+ `, `=`, `1.`, `1)`.
fn escape_block_start(mut out: String) -> String {
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    match out.as_bytes().get(digits) {
        Some(b'-' | b'+' | b'=') if digits == 0 => out.insert(0, '\\'),
        Some(b'.' | b')') if digits > 0 => out.insert(digits, '\\'),
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each text, escaped, reads as its Markdown.
    fn escapes(cases: &[(&str, &str)]) {
        for (text, markdown) in cases {
            assert_eq!(escape_inline(text), *markdown, "{text:?}");
        }
    }

    #[test]
    fn plain_titles_are_left_as_they_are() {
        for text in [
            "Short humorous video: the flour aisle (2 min)",
            "Crème brûlée, 日本語",
        ] {
            assert_eq!(escape_inline(text), text);
        }
    }

    #[test]
    fn html_becomes_entities_and_pipes_are_escaped() {
        escapes(&[
            (
                "<script>alert(1)</script> | x",
                "&lt;script&gt;alert(1)&lt;/script&gt; \\| x",
            ),
            ("AT&T &copy;", "AT&amp;T &amp;copy;"),
            ("<!-- c -->", "&lt;!-- c --&gt;"),
        ]);
    }

    #[test]
    fn markdown_punctuation_gets_a_backslash() {
        escapes(&[
            ("*bold* _it_", "\\*bold\\* \\_it\\_"),
            ("`code`", "\\`code\\`"),
            ("[link](http://x)", "\\[link\\](http\\://x)"),
            ("![img](x.png)", "!\\[img\\](x.png)"),
            ("~~gone~~ $5", "\\~\\~gone\\~\\~ \\$5"),
            (r"C:\bread\|", r"C:\\bread\\\|"),
        ]);
    }

    #[test]
    fn urls_and_www_addresses_are_broken_where_autolinks_start() {
        escapes(&[
            ("https://example.com/a", "https\\://example.com/a"),
            (
                "see ftp://x.org and HTTP://X.ORG",
                "see ftp\\://x.org and HTTP\\://X.ORG",
            ),
            ("www.example.com", "www\\.example.com"),
            ("(WWW.x.com)", "(WWW\\.x.com)"),
            ("//cdn.x.com/a//b", "\\//cdn.x.com/a\\//b"),
            ("https://www.x.com", "https\\://www\\.x.com"),
            ("file:///etc", "file\\:/\\//etc"),
            // No link to break: left as typed.
            ("javascript:alert(1)", "javascript:alert(1)"),
            ("me@example.com, 1/2, a.b", "me@example.com, 1/2, a.b"),
        ]);
    }

    #[test]
    fn a_hash_never_makes_a_heading() {
        escapes(&[("# Title", "\\# Title"), ("Step #2 ##", "Step \\#2 \\#\\#")]);
    }

    #[test]
    fn line_breaks_and_controls_never_start_a_new_block() {
        escapes(&[
            ("one\ntwo\r\nthree\tfour", "one two  three four"),
            ("\n\n  indented  \n", "indented"),
            ("a\u{1b}[2Jb", "a\\\\u{1b}\\[2Jb"),
            ("bell\u{7}", "bell\\\\u{7}"),
            ("a\u{2028}b", "a b"),
        ]);
    }

    #[test]
    fn list_and_rule_markers_at_the_start_are_escaped() {
        escapes(&[
            ("- item", "\\- item"),
            ("+ item", "\\+ item"),
            ("---", "\\---"),
            ("===", "\\==="),
            ("1. Intro", "1\\. Intro"),
            ("2024) Plan", "2024\\) Plan"),
            ("\n- after a line break", "\\- after a line break"),
            // Only at the start: elsewhere they are plain text.
            ("Bread - 1. rise", "Bread - 1. rise"),
            ("3 eggs", "3 eggs"),
        ]);
    }

    #[test]
    fn empty_and_blank_text_stays_empty() {
        escapes(&[("", ""), (" \n\t ", "")]);
    }
}
