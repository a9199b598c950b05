//! The multilingual authority search: an official types, in their own
//! language, what an authority does, and finds it whatever languages the
//! authority works in. One tantivy document per authority holds its
//! informal name and description in all 24 languages, each analysed for its
//! language ([`analysis`]); keyword labels and country names, a closed list,
//! are analysed once for all ([`vocabulary`]); a query looks in the
//! searcher's language first and in the others with less weight, tolerates
//! typos, completes the last word, and counts a match once however many
//! languages share the word ([`query`]). The index is derived data, kept in
//! step with the engine's store and rebuilt from it when missing or stale
//! ([`index`], [`sync`]).

pub mod analysis;
pub mod docs;
pub mod index;
pub mod query;
pub mod schema;
pub mod sync;
pub mod vocabulary;

pub use docs::AuthorityDoc;
pub use index::{Opened, SearchError, SearchIndex};
pub use query::{Hit, SearchRequest, SearchResults, Weights};
pub use schema::Part;
