//! YAML sources and where things are in them. serde gives the values; this
//! module reads the same text with a position-keeping parser so that a
//! problem found later (an unknown state, a type error in a guard) can be
//! reported at its line and column.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::diagnostic::{Diagnostic, Position};

/// One segment of a path into a YAML document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// Builds a path: `path!["actions", "save", "guard"]`.
pub fn path<I: IntoIterator<Item = S>, S: Into<Seg>>(items: I) -> Vec<Seg> {
    items.into_iter().map(Into::into).collect()
}

impl From<&str> for Seg {
    fn from(s: &str) -> Self {
        Seg::Key(s.to_string())
    }
}
impl From<&String> for Seg {
    fn from(s: &String) -> Self {
        Seg::Key(s.clone())
    }
}
impl From<usize> for Seg {
    fn from(i: usize) -> Self {
        Seg::Index(i)
    }
}

#[derive(Debug, Clone, Copy)]
struct Node {
    /// Where the key of a map entry is (the node itself for sequence items).
    key: Position,
    /// Where the value starts.
    value: Position,
    style: Option<TScalarStyle>,
}

/// A YAML file: its text and the position of every node.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    nodes: HashMap<Vec<Seg>, Node>,
    /// Keys written twice in one mapping: (key, where again, where first).
    pub duplicates: Vec<(String, Position, Position)>,
}

impl SourceFile {
    /// Reads the positions of `text`; a syntax error leaves the map empty
    /// (serde reports it with its own location).
    pub fn new(path: impl Into<PathBuf>, text: String) -> Self {
        let mut builder = Builder::default();
        let mut parser = Parser::new_from_str(&text);
        let _ = parser.load(&mut builder, false);
        SourceFile {
            path: path.into(),
            nodes: builder.nodes,
            duplicates: builder.duplicates,
            text,
        }
    }

    pub fn read(path: &Path) -> std::io::Result<Self> {
        Ok(SourceFile::new(path, std::fs::read_to_string(path)?))
    }

    /// Position of the value at `path`, or of the nearest ancestor that exists.
    pub fn value_pos(&self, path: &[Seg]) -> Position {
        self.find(path, |n| n.value)
    }

    /// Position of the key of the map entry at `path` (for "unknown name" problems).
    pub fn key_pos(&self, path: &[Seg]) -> Position {
        self.find(path, |n| n.key)
    }

    fn find(&self, path: &[Seg], pick: impl Fn(&Node) -> Position) -> Position {
        for len in (0..=path.len()).rev() {
            if let Some(prefix) = path.get(..len) {
                if let Some(n) = self.nodes.get(prefix) {
                    return pick(n);
                }
            }
        }
        Position { line: 1, column: 1 }
    }

    /// Position of byte `offset` inside the string scalar at `path` (for
    /// errors inside expressions).
    pub fn offset_pos(&self, path: &[Seg], offset: usize) -> Position {
        let Some(node) = self.nodes.get(path) else {
            return self.value_pos(path);
        };
        let start = node.value;
        let lines: Vec<&str> = self.text.lines().collect();
        // The parser marks block scalars (`>`, `|`) at their first content
        // character, quoted ones at the quote.
        let (mut line, mut col) = match node.style {
            Some(TScalarStyle::SingleQuoted | TScalarStyle::DoubleQuoted) => {
                (start.line, start.column + 1)
            }
            _ => (start.line, start.column),
        };
        // Walk the expression text: each line break in the scalar (folded to a
        // space or kept) moves to the next source line at its indentation.
        let mut remaining = offset;
        loop {
            let src = lines.get(line - 1).copied().unwrap_or("");
            let available = src.len().saturating_sub(col - 1);
            if remaining <= available || line >= lines.len() {
                col += remaining;
                break;
            }
            remaining -= available + 1;
            line += 1;
            col = indent_of(lines.get(line - 1).copied().unwrap_or("")) + 1;
        }
        Position { line, column: col }
    }

    pub fn error_at(&self, path: &[Seg], message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(&self.path, self.value_pos(path), message)
    }

    pub fn error_at_key(&self, path: &[Seg], message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(&self.path, self.key_pos(path), message)
    }
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn pos(m: Marker) -> Position {
    Position {
        line: m.line(),
        column: m.col() + 1,
    }
}

enum Frame {
    Map {
        path: Vec<Seg>,
        pending_key: Option<(String, Position)>,
        seen: HashMap<String, Position>,
    },
    Seq {
        path: Vec<Seg>,
        next: usize,
    },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    nodes: HashMap<Vec<Seg>, Node>,
    duplicates: Vec<(String, Position, Position)>,
}

impl Builder {
    /// Where a value that starts now goes, and the key position for it.
    fn place(&mut self, at: Position) -> Option<(Vec<Seg>, Position)> {
        match self.stack.last_mut() {
            None => Some((Vec::new(), at)),
            Some(Frame::Seq { path, next }) => {
                let mut p = path.clone();
                p.push(Seg::Index(*next));
                *next += 1;
                Some((p, at))
            }
            Some(Frame::Map {
                path, pending_key, ..
            }) => match pending_key.take() {
                Some((k, key_pos)) => {
                    let mut p = path.clone();
                    p.push(Seg::Key(k));
                    Some((p, key_pos))
                }
                None => None, // this node is a key
            },
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let at = pos(mark);
        match ev {
            Event::Scalar(value, style, ..) => match self.place(at) {
                Some((p, key)) => {
                    self.nodes.insert(
                        p,
                        Node {
                            key,
                            value: at,
                            style: Some(style),
                        },
                    );
                }
                None => {
                    if let Some(Frame::Map {
                        path,
                        pending_key,
                        seen,
                    }) = self.stack.last_mut()
                    {
                        // A mapping starts where its first key does (the
                        // parser marks a block mapping later than that).
                        if seen.is_empty() {
                            if let Some(n) = self.nodes.get_mut(path) {
                                if at < n.value {
                                    n.value = at;
                                }
                            }
                        }
                        if let Some(first) = seen.get(&value) {
                            self.duplicates.push((value.clone(), at, *first));
                        } else {
                            seen.insert(value.clone(), at);
                        }
                        *pending_key = Some((value, at));
                    }
                }
            },
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let is_map = matches!(ev, Event::MappingStart(..));
                let p = match self.place(at) {
                    Some((p, key)) => {
                        self.nodes.insert(
                            p.clone(),
                            Node {
                                key,
                                value: at,
                                style: None,
                            },
                        );
                        p
                    }
                    // A complex key: track it under a path nobody asks for.
                    None => vec![Seg::Key("\u{0}complex".into())],
                };
                self.stack.push(if is_map {
                    Frame::Map {
                        path: p,
                        pending_key: None,
                        seen: HashMap::new(),
                    }
                } else {
                    Frame::Seq { path: p, next: 0 }
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            Event::Alias(_) => {
                let _ = self.place(at);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_of_keys_values_and_offsets() {
        let text = "id: x\nactions:\n  save:\n    guard: \"a == b\"\n    from: [draft, sent]\n    to: >\n      a and\n      bb\n";
        let f = SourceFile::new("f.yaml", text.to_string());
        let p = |l, c| Position { line: l, column: c };
        assert_eq!(f.key_pos(&path(["actions", "save"])), p(3, 3));
        assert_eq!(f.value_pos(&path(["actions", "save", "guard"])), p(4, 12));
        assert_eq!(
            f.offset_pos(&path(["actions", "save", "guard"]), 5),
            p(4, 18)
        );
        let from: Vec<Seg> = vec!["actions".into(), "save".into(), "from".into(), 1.into()];
        assert_eq!(f.value_pos(&from), p(5, 19));
        // Folded scalar: second line.
        assert_eq!(f.offset_pos(&path(["actions", "save", "to"]), 6), p(8, 7));
        // Unknown path falls back to the nearest ancestor.
        assert_eq!(
            f.value_pos(&path(["actions", "nope"])),
            f.value_pos(&path(["actions"]))
        );
    }
}
