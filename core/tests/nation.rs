//! The nation a job is in: the posting's `nation`, else England. The checker does not guess it from
//! the location; the loader's employer checks (the validator, the editor) ask for it where the
//! location names a place in another nation.

mod util;

use eligibility_core::builtin;
use eligibility_core::rules::{Catalogue, Nation, Source};

#[test]
fn a_place_names_its_nation_by_name_city_or_postcode() {
    use Nation::{NorthernIreland as Ni, Scotland, Wales};
    #[rustfmt::skip]
    let cases: &[(&str, Option<Nation>)] = &[
        ("Cardiff", Some(Wales)),
        ("Llandough Hospital, Penarth, CF64 2XX", Some(Wales)),
        ("Ysbyty Glan Clwyd, Rhyl, LL18 5UJ", Some(Wales)),
        ("Home based, anywhere in Wales", Some(Wales)),
        ("Caerdydd", Some(Wales)),
        ("Royal Edinburgh Hospital", Some(Scotland)),
        ("Leverndale Hospital, G53 7TU", Some(Scotland)),
        ("Belfast", Some(Ni)),
        ("Gransha Hospital, Londonderry", Some(Ni)),
        ("Anywhere in Northern Ireland", Some(Ni)),
        ("Bangor, BT20 4TD", Some(Ni)),
        // England: said by nothing, as the default.
        ("Springfield University Hospital, Tooting, London", None),
        ("Littlebrook Hospital, Bow Arrow Lane, Dartford DA2 6PB", None),
        ("Newport", None), // in Wales and in England
        ("Bangor", None),  // in Wales and in Northern Ireland
        ("Band 4 (G4S contract)", None),
        ("Shrewsbury, SY3 8XQ", None), // SY is on both sides of the border
        // A nation's name in a place named after it tells nothing.
        ("New Wales Road", None),
        ("Prince of Wales Hospice, Pontefract", None),
        ("Wales Road, Kiveton Park, Sheffield", None),
        ("Royal Scotland Street, London", None),
    ];
    for (place, nation) in cases {
        assert_eq!(Nation::of_place(place), *nation, "{place}");
    }
}

#[test]
fn a_posting_s_nation_is_its_own_field_else_england_and_a_place_elsewhere_asks_for_it() {
    let load = |edit: fn(&mut serde_json::Value)| {
        let mut posting: serde_json::Value =
            serde_json::from_str(util::posting_file(util::KMPT).1).unwrap();
        posting.as_object_mut().unwrap().remove("nation");
        edit(&mut posting);
        let (catalogue, errors) =
            builtin::load(builtin::QUESTIONS, &[("p.json", &posting.to_string())]);
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        (catalogue.postings().first().map(|p| p.nation), errors)
    };
    assert_eq!(load(|_| {}), (Some(Nation::England), vec![]));
    assert_eq!(
        load(|p| p["location"] = "Cardiff".into()),
        (
            None,
            vec![
                "p.json: nation: not given, and the location names a place in Wales: give \
                  \"nation\": \"wales\", or the result names England's urgent mental health line"
                    .to_owned()
            ]
        )
    );
    assert_eq!(
        load(|p| {
            p["location"] = "Cardiff".into();
            p["nation"] = "wales".into();
        }),
        (Some(Nation::Wales), vec![])
    );
    assert_eq!(
        load(|p| {
            p["location"] = "Cardiff".into();
            p["nation"] = "scotland".into();
        }),
        (Some(Nation::Scotland), vec![]),
        "the field wins"
    );
    assert_eq!(
        load(|p| p["nation"] = "england".into()),
        (Some(Nation::England), vec![])
    );
    // The Welsh example posting, at a hospital in Cardiff.
    let text = std::fs::read_to_string("../examples/welsh-posting.json").unwrap();
    let source = Source::parse("examples/welsh-posting.json", &text);
    let (catalogue, errors) = Catalogue::load_bundle(&source, &builtin::standard_bank());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(catalogue.postings()[0].nation, Nation::Wales);
}
