//! The Yew front end: one component, [`App`], with one reducer ([`state`]) and the effects; the views
//! are plain functions over its state ([`views`]).

pub mod dom;
pub mod history;
pub mod state;
pub mod views;

#[cfg(feature = "preview")]
use eligibility_core::rules::Answers;
use eligibility_core::rules::{Catalogue, Date, PostingId};
use eligibility_core::text::Language;
use state::State;
use std::rc::Rc;
pub use views::load_errors::Missing;
use views::page::{page, PageProps};
use yew::prelude::*;

/// What the app starts with: the postings (and what could not be loaded) and today.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Every posting loaded, with the questions they ask.
    pub catalogue: Rc<Catalogue>,
    /// What could not be loaded, as the applicant is told of it: the problems themselves go to
    /// the page's console, for whoever maintains the postings.
    #[prop_or_default]
    pub missing: Missing,
    /// Today, read once when the checker mounts.
    pub today: Date,
    /// A posting to open at once, skipping the list (a careers page for one job).
    #[prop_or_default]
    pub open: Option<PostingId>,
    /// Called with the posting's id, and nothing else, each time a result is shown.
    #[prop_or_default]
    pub on_result: Callback<PostingId>,
    /// The employers' editor's preview only (Cargo feature `preview`, which no build of the
    /// checker has: a checker's host hears the posting's id alone, above): called with the
    /// answers each time a result is shown, so that the employer can keep that walk as a test
    /// case.
    #[cfg(feature = "preview")]
    #[prop_or_default]
    pub on_walked: Callback<Answers>,
    /// Called with whether the applicant has something a reload would lose
    /// ([`State::has_something_to_lose`]) when the checker starts and each time that changes: the
    /// boot script lets a new build take over only while no checker has.
    #[prop_or_default]
    pub on_holding: Callback<bool>,
    /// The language the checker first speaks; the applicant can switch.
    #[prop_or_default]
    pub language: Language,
    /// The checker's own key in the browser's history state: each checker on a page has its own.
    #[prop_or(AttrValue::Static("eligibility-checker"))]
    pub history_key: AttrValue,
    /// The first trail's id (see [`state::Trail::id`]): a different one each page load, so that the
    /// browser's entries from before a reload lead nowhere.
    #[prop_or_default]
    pub first_trail: u32,
    /// Whether the checker is on a page of its own (the standalone page, also when a careers page
    /// frames it), where no other script hears what is typed. Only there does it offer boxes for
    /// notes: on a careers page, a capture-phase listener hears every key typed into the checker.
    #[prop_or_default]
    pub own_page: bool,
    /// Whether its screen is a main landmark: not in the employers' editor's preview, which sits
    /// beside the editor's own main, in a region of the editor's page. (Cargo feature `preview`
    /// only: a checker's screen is always its main.)
    #[cfg(feature = "preview")]
    #[prop_or(true)]
    pub main_landmark: bool,
}

/// The whole checker.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let catalogue = props.catalogue.clone();
        let today = props.today;
        let open = props.open.clone();
        let trail_id = props.first_trail;
        let language = props.language;
        use_reducer(move || {
            let state = State {
                trail: state::Trail::new(state::Screen::Postings, trail_id),
                language,
                ..State::new(catalogue, today)
            };
            match open {
                Some(posting) => state.opened_at(posting),
                None => state,
            }
        })
    };
    let node = use_node_ref();
    // Show the new page from its top and move focus to its heading, or to the error summary,
    // after every page turn, so that everyone starts at the top of what changed. Not on first
    // load. A page
    // turn is also an entry in the browser's history, so that its Back and Forward move one page;
    // the entries hold only the checker's place, never an answer (see history.rs).
    {
        let has_error = state.form.error.is_some();
        let node = node.clone();
        let key = props.history_key.clone();
        let place = state.trail.place();
        let push = state.trail.step == state::HistoryStep::Push;
        use_effect_with(state.focus_turn, move |turn| {
            if push {
                history::push(&key, place);
            }
            if let Some(checker) = node.get().filter(|_| *turn > 0) {
                let id = if has_error {
                    "error-summary"
                } else {
                    "page-heading"
                };
                dom::show_from_top(&checker, id);
            }
        });
    }
    // Tell the host page a check was completed: the posting's id only, never answers or outcome.
    // Once per result reached, not again when Back and Forward return to it.
    {
        let on_result = props.on_result.clone();
        let shown = match &state.screen {
            state::Screen::Result(posting) if state.trail.step == state::HistoryStep::Push => {
                Some((posting.clone(), state.focus_turn))
            }
            _ => None,
        };
        #[cfg(feature = "preview")]
        let (on_walked, answers) = (props.on_walked.clone(), state.answers.clone());
        use_effect_with(shown, move |shown| {
            if let Some((posting, _)) = shown {
                on_result.emit(posting.clone());
                #[cfg(feature = "preview")]
                on_walked.emit(answers);
            }
        });
    }
    // Halfway through the questions, leaving the page (closing the tab, say) would lose the
    // answers without a word: the browser asks first; and on any page once there are notes, which
    // the applicant typed and could not have again. Not on a result without notes, which the
    // applicant has (and can print), nor before anything is answered. Back within the checker
    // never leaves.
    {
        let answering = !state.notes.is_empty()
            || match state.screen {
                state::Screen::Question { .. } | state::Screen::CheckAnswers(_) => {
                    !state.answers.is_empty()
                }
                state::Screen::Postings | state::Screen::Posting(_) | state::Screen::Result(_) => {
                    false
                }
            };
        use_effect_with(answering, move |answering| {
            let guard = answering.then(dom::guard_leaving);
            // Kept until the effect is cleaned up, which takes the question away.
            move || {
                let _guard = guard;
            }
        });
    }
    {
        let on_holding = props.on_holding.clone();
        use_effect_with(state.has_something_to_lose(), move |holding| {
            on_holding.emit(*holding)
        });
    }
    // Leaving the page forgets every answer, also when the browser keeps the page in its
    // back-forward cache: Back to it on a shared computer shows none of them. The browser's Back
    // and Forward within the checker's entries show the page of each.
    {
        let state = state.clone();
        let key = props.history_key.clone();
        let first = state::Place {
            trail: state.trail.id,
            at: 0,
        };
        use_effect_with((), move |()| {
            history::mark(&key, first);
            let forget = state.clone();
            let leaving = dom::on_leaving(move || forget.dispatch(state::Action::Forget));
            let travelling = history::on_travel(&key, move |place| {
                state.dispatch(state::Action::Travel(place));
            });
            move || {
                let _listening = (leaving, travelling);
            }
        });
    }
    // On the checker's own page, the page's language and title follow the switch.
    use_effect_with((state.language, props.own_page), |(language, own_page)| {
        if *own_page {
            dom::speak(language.text());
        }
    });
    let on_action = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    html! {
        <div class="ec-root" ref={node}>
            { page(&PageProps {
                state: Rc::new((*state).clone()),
                missing: props.missing,
                own_page: props.own_page,
                #[cfg(feature = "preview")]
                main_landmark: props.main_landmark,
                on_action,
            }) }
        </div>
    }
}
