//! The ids postings and questions are named by: text from the posting files, shared rather than
//! copied, each id kind its own type so that a question's id is never taken for an option's.

use std::fmt;
use std::rc::Rc;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        // Shared, not copied: verdicts and answers hold ids, and evaluation makes many of them.
        // (Comparing two ids that share their text is quick: `Rc<str>` checks the address first.)
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(Rc<str>);

        impl $name {
            /// Wraps an id as written in a posting file.
            pub fn new(id: impl AsRef<str>) -> Self {
                $name(Rc::from(id.as_ref()))
            }

            /// The id as written in the posting file.
            pub fn as_str(&self) -> &str {
                &self.0
            }

        }

        // Found in maps by the text of the id: equal ids hash as their text does.
        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name::new(id)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Names a question in the question bank, such as `lived_experience`.
    QuestionId
);
id_type!(
    /// Names one option of a choice question, such as `own` or `yes`.
    OptionId
);
id_type!(
    /// Names a posting, such as `kmpt-dartford-womens-picu-peer-support-worker`.
    PostingId
);
id_type!(
    /// Names a criterion within its posting, such as `twelve-months-without-services`.
    CriterionId
);
