"""Negative training sentences for the event-type classifier: off-topic news in which nothing political happens.

The classifier must learn what is NOT a political event, and the hard cases are sentences that borrow the
vocabulary of conflict and diplomacy: a striker "fired" a shot, a board "rejected a bid", a storm "attacked"
the coast, two firms "met for talks", India "beat" Australia. This module writes such sentences from templates
whose slots are filled from the word lists below, so that scripts/train_events.py can draw as many as it needs.

    sentences(seed, n)     sport, business, culture, science, weather, lifestyle, programmes, obituaries,
                           interview chatter and near misses
    private_life(seed, n)  political figures doing private things (holidays, weddings, birthdays, book tours,
                           sport), which are not political events either

Both are deterministic for a seed and use their own random.Random, never the global state. The templates,
names and companies are written for this project and kept apart from the evaluation stories in
src/newsevents/evaluation/offtopic.txt, which must never be used for training.

    python scripts/train_data/negatives.py    prints 20 examples
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Sequence

# -- word lists ----------------------------------------------------------------------------------------------
# Invented people, clubs and companies (none of the evaluation corpus's); real places and nations, because
# "India beat Australia" and "a storm in Bavaria" are the near misses a coder of real news meets.

FIRST = ("Aisha", "Bruno", "Camille", "Dmitri", "Esther", "Farid", "Gemma", "Hugo", "Isla", "Javier", "Keiko",
         "Lars", "Mireille", "Nadia", "Oscar", "Priyanka", "Quentin", "Rosa", "Stellan", "Tanvi", "Ulrich",
         "Valentina", "Wes", "Ximena", "Yusuf", "Zofia", "Matteo", "Sunita", "Emeka", "Freya", "Rahul", "Lucia",
         "Tobias", "Amara", "Henrik", "Chloe", "Kwame", "Elif", "Noor", "Mateus")
LAST = ("Abara", "Bergqvist", "Castellano", "Delacroix", "Eriksen", "Fontaine", "Gallagher", "Hoshino", "Iwu",
        "Jovanovic", "Kowalczyk", "Laurent", "Mwangi", "Nakamura", "Oyelaran", "Quintana", "Rasmussen", "Szabo",
        "Takahashi", "Udeh", "Vermeulen", "Whitcombe", "Yilmaz", "Zamora", "Ferraby", "Lockhart", "Okonjo",
        "Teixeira", "Bianchi", "Arkwright", "Mendel", "Rourke", "Sandoval", "Thorsen", "Albescu", "Kariuki")

TEAMS = ("Oakridge Rovers", "Port Elsworth", "Banford City", "Corran Athletic", "Lydmouth United",
         "Stanbridge Wanderers", "Fenmore Town", "Ketterby Albion", "Glenarvon", "Marlow Vale", "Tarnwick County",
         "Ribston Harriers", "Hesketh Rangers", "Dunvale Celtic", "Sorrel Bay", "Penhallow", "Cragside United",
         "Wexcombe Athletic")
NATIONS = ("India", "Australia", "England", "New Zealand", "South Africa", "Pakistan", "Sri Lanka", "Brazil",
           "Argentina", "Japan", "Ireland", "Wales", "France", "Italy", "Germany", "Spain", "Canada", "Kenya",
           "Morocco", "the Netherlands")
VENUES = ("Kingsmead Park", "the Mill Lane ground", "Harrow Road", "the Quayside Stadium", "Elm Park",
          "the Northgate Arena", "Brook Meadow")
TOURNAMENTS = ("Coastal Open", "Autumn Masters", "Highland Classic", "Lakeside Trophy", "Harbour Cup",
               "Spring Invitational")
CUPS = ("league cup", "county cup", "Challenge Shield", "Founders' Trophy")
WEIGHTS = ("lightweight", "welterweight", "middleweight", "heavyweight", "featherweight")
SPORTS = ("rowing", "badminton", "table tennis", "triathlon", "fencing", "judo", "swimming", "diving", "cycling")

COMPANIES = ("Norvik Foods", "Arcturus Software", "Bellweather Insurance", "Quillon Pharma", "Graymoor Brewing",
             "Helix Batteries", "Orchard Lane Bakeries", "Kestrel Logistics", "Zephyr Mobile", "Pemberton Steel",
             "Solenne Cosmetics", "Tidewater Shipping", "Maplecrest Hotels", "Copperfield Media",
             "Clearwater Energy", "Vireo Games", "Lanterna Telecom", "Saffron Street Foods", "Osprey Outdoor",
             "Nimbus Cloud", "Castellan Bank", "Foxglove Fashion")
TECH_COMPANIES = ("Arcturus Software", "Zephyr Mobile", "Nimbus Cloud", "Lanterna Telecom", "Vireo Games",
                  "Helix Batteries", "Quarrybrook Devices")
AIRLINES = ("Redkite Airlines", "Skylark Air", "Boreal Airways", "Azura Jet")
FUNDS = ("Greystone Capital", "Harrowgate Partners", "Blue Heron Equity", "Millpond Investors")
INDICES = ("FTSE 100", "Nikkei 225", "DAX", "S&P/ASX 200", "Stoxx 600", "Hang Seng")
PRODUCT = ("smartwatch", "electric scooter", "espresso machine", "running shoe", "laptop", "games console",
           "robot vacuum", "e-reader", "electric bike", "air fryer", "tablet", "hearing aid")
PRODUCTS = ("smartwatches", "electric scooters", "espresso machines", "running shoes", "laptops", "games consoles",
            "robot vacuums", "e-readers", "electric bikes", "air fryers", "tablets", "hearing aids")
TECHS = ("solid-state batteries", "a delivery drone", "a payments app", "a hydrogen truck", "plant-based cheese",
         "a translation earpiece", "recyclable packaging")

CITIES = ("Lyon", "Porto", "Bilbao", "Krakow", "Osaka", "Perth", "Cape Town", "Toronto", "Valencia", "Hamburg",
          "Nairobi", "Montreal", "Seville", "Gothenburg", "Adelaide", "Chennai", "Bologna", "Galway", "Ljubljana",
          "Kyoto", "Vancouver", "Marrakech", "Bruges", "Salzburg", "Hobart", "Cork", "Bristol")
REGIONS = ("the Scottish Highlands", "southern Spain", "the Alps", "northern Italy", "Queensland",
           "the Pacific Northwest", "Bavaria", "Cornwall", "central Chile", "Patagonia", "Kerala", "Tasmania",
           "the Black Forest", "Andalusia")
HOLIDAY_PLACES = ("the Amalfi coast", "a Greek island", "the Lake District", "the Dordogne", "the Algarve",
                  "a ski resort in the Alps", "Bali", "the Scottish Highlands", "the Norwegian fjords",
                  "a campsite in Brittany", "Lake Como")
MOUNTAINS = ("Ben Nevis", "Mont Blanc", "Kilimanjaro", "Mount Fuji", "Snowdon", "the Matterhorn")
STORMS = ("Alwen", "Bertil", "Cordelia", "Dafydd", "Esme", "Fenna", "Gustavo", "Hester")

ARTISTS = ("The Paper Lanterns", "Velvet Orchard", "Mira Kallio", "The Northern Gulls", "Sable and Stone",
           "Otis Fairweather", "Lunar Tide", "The Copper Kettles", "Juno Adeyemi", "Ravi Sethuraman")
TITLES = ('"Glass Harbour"', '"The Winter Orchard"', '"Small Hours"', '"A Map of Rain"', '"Paper Moons"',
          '"The Long Field"', '"Salt and Honey"', '"Borrowed Light"', '"The Quiet Engine"', '"Nine Bridges"')
FESTIVALS = ("Lakeside Lights", "Meadowlark", "Summer Sounds", "Riverbank", "Tidelines")
THEATRES = ("the Riverside Playhouse", "the Crown Theatre", "the Corn Exchange", "the Little Lyceum")
PROFESSIONS = ("violinist", "potter", "cartoonist", "photographer", "architect", "ballet dancer",
               "children's author", "jazz drummer", "landscape gardener", "sculptor", "film editor", "chef")
INSTRUMENTS = ("cello", "trumpet", "piano", "banjo", "clarinet", "harp")

TOPICS = ("sustainable packaging", "machine learning in radiology", "urban beekeeping", "sports nutrition",
          "digital archiving", "soil health", "quantum sensors", "coastal erosion", "children's literature",
          "battery recycling", "sourdough fermentation")
CONFERENCES = ("the Coastal Engineering Symposium", "the European Cheese Forum", "the Northern Games Developers' "
               "Conference", "the International Orchid Congress", "the Applied Optics Summit")
DISHES = ("lemon drizzle cake", "lamb tagine", "mushroom risotto", "fish pie", "banana bread", "shakshuka",
          "chicken laksa", "apple crumble", "vegetable curry", "paella")
INGREDIENTS = ("the chopped onions", "the garlic", "the mushrooms", "a handful of spinach", "the chickpeas",
               "the diced carrots", "the grated ginger", "the rice", "the cream")
PASSIONS = ("music", "painting", "family", "running", "writing", "cooking", "health", "garden", "children")
KIN = ("daughter", "son", "wife", "husband", "brother", "sister", "niece", "grandson")
# Political figures, as news names them: a bare title, or a title and an invented name.
POLS = ("the prime minister", "the foreign minister", "the finance minister", "the defence secretary",
        "the health minister", "the chancellor", "the opposition leader", "the former president",
        "the deputy prime minister", "the speaker of parliament", "the interior minister", "the trade secretary",
        "the mayor of {city}", "President {last}", "Senator {last}", "Governor {last}", "Prime Minister {last}",
        "Foreign Minister {first} {last}", "the king", "the queen", "the European Commission president",
        "former chancellor {first} {last}", "the environment minister", "the party leader")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
ANNIVERSARIES = ("10th", "25th", "40th", "50th", "60th", "75th", "100th", "150th", "200th")


def _money(rng: random.Random) -> str:
    currency = rng.choice(("$", "£", "€"))
    if rng.random() < 0.5:
        return f"{currency}{rng.randint(2, 950)} million"
    return f"{currency}{rng.randint(1, 40)}.{rng.randint(1, 9)} billion"


def _millions(rng: random.Random) -> str:
    return f"{rng.choice(('$', '£', '€'))}{rng.randint(2, 95)} million"


def _score(rng: random.Random) -> str:
    winner = rng.randint(1, 5)
    return f"{winner}-{rng.randint(0, winner - 1)}"


# Each slot: a list to choose from, or a function of the generator. A slot with a trailing number ({team2})
# draws from the same list as its base ({team}) and never repeats a value already used in the sentence.
FILLERS: dict[str, Sequence[str] | Callable[[random.Random], str]] = {
    "first": FIRST, "last": LAST, "person": lambda rng: f"{rng.choice(FIRST)} {rng.choice(LAST)}", "team": TEAMS, "nation": NATIONS,
    "venue": VENUES, "tournament": TOURNAMENTS, "cup": CUPS, "weight": WEIGHTS, "sport": SPORTS,
    "company": COMPANIES, "airline": AIRLINES, "fund": FUNDS, "index": INDICES, "product": PRODUCT,
    "products": PRODUCTS, "tech": TECHS, "city": CITIES, "region": REGIONS, "place": HOLIDAY_PLACES,
    "mountain": MOUNTAINS, "storm": STORMS, "artist": ARTISTS, "title": TITLES, "festival": FESTIVALS,
    "theatre": THEATRES, "profession": PROFESSIONS, "instrument": INSTRUMENTS, "topic": TOPICS,
    "conference": CONFERENCES, "dish": DISHES, "ingredient": INGREDIENTS, "passion": PASSIONS, "kin": KIN,
    "pol": POLS, "relative": ("{pol}'s {kin}",), "weekday": WEEKDAYS, "month": MONTHS, "ordinal": ORDINALS,
    "anniversary": ANNIVERSARIES,
    "money": _money, "millions": _millions, "score": _score, "techco": TECH_COMPANIES,
    "n": lambda rng: str(rng.randint(2, 12)),
    "num": lambda rng: f"{rng.choice((120, 250, 400, 600, 750, 900, 1200, 1500, 2000, 3500, 5000, 8000)):,}",
    "pct": lambda rng: f"{rng.randint(1, 30)}.{rng.randint(0, 9)}" if rng.random() < 0.5 else str(rng.randint(2, 45)),
    "minute": lambda rng: str(rng.randint(3, 90)),
    "age": lambda rng: str(rng.randint(19, 97)),
    "year": lambda rng: str(rng.randint(1952, 2019)),
    "future_year": lambda rng: str(rng.randint(2027, 2036)),
    "kmh": lambda rng: str(rng.choice(range(90, 200, 10))),
    "magnitude": lambda rng: f"{rng.randint(3, 6)}.{rng.randint(0, 9)}",
    "price": lambda rng: f"{rng.choice(('$', '£', '€'))}{rng.randint(4, 95)}",
    "clock": lambda rng: f"{rng.randint(2, 4)} hours {rng.randint(1, 59)} minutes",
}

# -- templates -----------------------------------------------------------------------------------------------
# Grouped by subject only for the reader; sentences() draws from all of them alike. Pronouns are avoided where
# the person is drawn at random, so that a name never meets the wrong one.

SPORT = (
    "{team} beat {team2} {score} at {venue} on {weekday} to climb into the top four.",
    "{person} fired a late winner as {team} edged past {team2} {score}.",
    "{team} laid siege to the {team2} goal for the last twenty minutes but could not find an equaliser.",
    "{person} struck twice before half-time to put {team} firmly in command.",
    "The {team} defence held firm against wave after wave of attacks from {team2}.",
    "{nation} crushed {nation2} by {n} wickets in {city} to take a 2-0 lead in the series.",
    "The {nation} bowlers tore through the {nation2} top order on the opening morning in {city}.",
    "{nation} beat {nation2} by {n} points in a bruising rugby test in {city}.",
    "{person} captured the {tournament} title with a straight-sets win over {person2}.",
    "{person} fought off {n} break points before closing out the match in {city}.",
    "The {team} captain protested the decision, but the referee waved play on.",
    "{person} launched a blistering attack on the final lap to win the {city} Grand Prix.",
    "{person} seized pole position in {city} after a frantic final qualifying session.",
    "{team} surrendered a two-goal lead in the last ten minutes and had to settle for a draw with {team2}.",
    "{team} manager {person} accused the players of switching off after half-time.",
    "{team} will meet {team2} in the semi-finals of the {cup} next {weekday}.",
    "{person} signed a new {n}-year contract with {team} on {weekday}.",
    "{team} have agreed a fee with {team2} for the midfielder {person}.",
    "The derby between {team} and {team2} was a fierce battle from start to finish, with {n} yellow cards shown.",
    "{team} goalkeeper {person} saved a penalty in the {minute}th minute to preserve the lead.",
    "After a war of attrition lasting five sets, {person} finally broke down {person2} in {city}.",
    "{nation} retained the {tournament} after a nervous final day in {city}.",
    "{person} smashed the course record at the {city} Marathon, finishing in just over two hours.",
    "{person} knocked out {person2} in the {ordinal} round to claim the {weight} world title.",
    "{person} defended the {weight} crown with a unanimous points win over {person2} in {city}.",
    "{person} killed off the contest with a thunderous strike from twenty-five yards.",
    "{team} were bombarded with crosses in the second half but held on for a point.",
    "The {team} striker has now scored {n} goals in the last {n2} games.",
    "{person} announced a retirement from international {sport} at the age of {age}.",
    "Visiting supporters from {team} were kept waiting outside {venue} for an hour because of a ticketing fault.",
    "{person} shot a final-round 64 to win the {tournament} by three strokes.",
    "Rain stopped play at {venue} with {nation} on 212 for four, chasing a target of 310.",
    "{person} won gold in {sport} at the world championships in {city} on {weekday}.",
    "{team} have sacked their manager after a run of {n} games without a win.",
    "The {team} wingers tormented the {team2} full-backs all afternoon.",
    "{person} was sent off for a reckless challenge, leaving {team} to defend with ten men for an hour.",
)

BUSINESS = (
    "{company} agreed to buy {company2} for {money} in cash and shares.",
    "Shareholders in {company} rejected a hostile takeover bid from {company2}.",
    "{company} launched a hostile bid for {company2} on {weekday}, valuing the business at {money}.",
    "A price war between {company} and {company2} has pushed down the cost of {products} across {nation}.",
    "{company} said it would cut {num} jobs under a plan to save {money} a year.",
    "Shares in {company} fell {pct} percent after the company issued a profit warning.",
    "{company} shares surged {pct} percent on {weekday} after quarterly sales beat forecasts.",
    "{techco} unveiled its new {product} at a launch event in {city}.",
    "{company} reported a {pct} percent rise in second-quarter revenue, helped by strong demand for {products}.",
    "Talks between {company} and {company2} over a possible merger have broken down, people familiar with the matter said.",
    "{company} and {company2} signed a partnership agreement to develop {tech} together.",
    "{company} named {person} as chief executive, with effect from {month}.",
    "{company} chief executive {person} will step down at the end of the year after {n} years in charge.",
    "The board of {company} dismissed the approach as opportunistic and said it undervalued the group.",
    "{company} plans to open {num} new stores in {nation} over the next three years.",
    "{company} recalled {num} {products} after reports that the batteries could overheat.",
    "Oil prices climbed {pct} percent on {weekday} as traders bet on stronger winter demand.",
    "The {index} closed {pct} percent lower as investors retreated from technology stocks.",
    "{company} threatened to sue {company2} over what it called a blatant copy of its {product}.",
    "{company} said it had settled a long-running patent dispute with {company2}.",
    "{company} will invest {money} in a new factory on the outskirts of {city}.",
    "{airline} ordered {n}0 new aircraft to replace its ageing fleet.",
    "Investors fled {company} after the company slashed its dividend for the first time since {year}.",
    "{company} is fighting off an unwanted bid from the private equity firm {fund}.",
    "{fund} agreed to take {company} private in a deal worth {money}.",
    "Sales at {company}'s stores in {nation} fell {pct} percent in the three months to {month}.",
    "{company} said it was in early talks to sell its {product} business to {company2}.",
    "The two brewers ended their price war with a truce on supermarket discounts.",
    "{company} and {company2} have called off their planned merger after failing to agree on a price.",
    "Profits at {company} tripled as customers flocked to its cheaper {products}.",
    "{airline} cancelled dozens of flights from {city} after a computer failure at its hub.",
)

CULTURE = (
    "Critics savaged the new production of {title} at {theatre}.",
    "The band attacked the opening number with a ferocity that took the crowd by surprise.",
    "{artist} will headline the {festival} festival in {city} this summer.",
    "{artist}'s new album, {title}, went straight to number one on {weekday}.",
    "The debut novel {title} has been translated into {n} languages.",
    "The film {title} took {millions} at the box office on its opening weekend.",
    "{person}'s latest film is a slow-burning thriller set in the back streets of {city}.",
    "The exhibition brings together more than {num} works by the sculptor {person}.",
    "{artist} walked off stage after twenty minutes, complaining about the sound.",
    "The museum in {city} will reopen in {month} after a two-year renovation.",
    "The memoir is a funny and tender account of growing up above a bakery in {city}.",
    "The musical, which opened in {city} last spring, will transfer to the West End in {month}.",
    "Fans queued overnight in {city} for tickets to the band's reunion tour.",
    "A small landscape by {person} sold at auction in {city} for {millions}, a record for the artist.",
    "{title} won the top prize at the {city} Film Festival on {weekday}.",
    "The drama has been renewed for a {ordinal} season.",
    "{person} gives a fearless performance as a fading boxer who fights one last time.",
    "The orchestra's account of the symphony was thrilling, if a little rushed in the finale.",
    "Critics accused the director of borrowing too heavily from older and better films.",
    "The author was bombarded with questions at a packed book signing in {city}.",
    "{artist} covered a folk song from the {year}s as the encore.",
    "The documentary follows three generations of a fishing family on the coast of {region}.",
    "The quartet's second album is quieter, stranger and far better than the first.",
    "The comedian's new show takes aim at dating apps, gym culture and her own mother.",
)

SCIENCE = (
    "Researchers at the University of {city} have developed a battery that charges in {n} minutes.",
    "A new species of tree frog has been discovered in the cloud forests of {region}.",
    "The probe is due to reach Jupiter's moon Europa in {future_year}.",
    "The rocket lifted off shortly after dawn carrying {n} small weather satellites.",
    "Astronomers say the comet will be visible to the naked eye in {month}.",
    "The study followed {num} adults for {n} years and found no link between coffee and heart disease.",
    "The telescope has captured the sharpest image yet of a galaxy {n} billion light years away.",
    "Engineers tested a prototype electric seaplane over the harbour in {city} on {weekday}.",
    "The fungus attacks the roots of the plant, causing the leaves to yellow and fall.",
    "White blood cells attack the invading bacteria within hours of an infection.",
    "Archaeologists in {region} have uncovered a Bronze Age burial containing amber beads.",
    "The latest software update adds a dark mode and fixes a bug that drained the battery.",
    "{techco} says its new chip is {n} times faster than the one it replaces.",
    "Mice given the compound lived {pct} percent longer than those that were not.",
    "The robot learned to fold laundry after watching {num} hours of video.",
    "Volunteers counted {num} butterflies in the annual survey, fewer than last year.",
    "The vaccine for dogs will be available from vets in {month}.",
    "The app uses the phone's camera to identify more than {num} species of wild flower.",
    "Scientists have sequenced the genome of the olive tree, which could help breeders fight drought.",
)

WEATHER = (
    "Storm {storm} attacked the coast with waves more than {n} metres high.",
    "Heavy snow blocked roads across {region} on {weekday}, stranding hundreds of drivers.",
    "A wildfire threatened homes on the outskirts of {city} as temperatures passed 40 degrees.",
    "Flooding forced hundreds of residents to leave their homes in {region}.",
    "Forecasters warned of gusts of up to {kmh} kilometres per hour along the coast on {weekday}.",
    "The hurricane strengthened as it moved over warm water and is expected to make landfall on {weekday}.",
    "Locusts invaded farmland across the valley, stripping crops bare within days.",
    "A bear wandered into a supermarket car park in {region} before being coaxed back into the forest.",
    "The heatwave is expected to break on {weekday} with thunderstorms and hail.",
    "An earthquake of magnitude {magnitude} shook {region} overnight, but no damage was reported.",
    "The drought has left reservoirs in {region} at {pct} percent of capacity.",
    "Humpback whales have been spotted off the coast of {region} for the first time in decades.",
    "The river burst its banks after a week of rain, cutting off the village for two days.",
    "Frost is forecast tonight, so gardeners should cover tender plants.",
    "Swarms of jellyfish forced the closure of several beaches near {city} on {weekday}.",
    "Lightning struck a church spire in {region} during the storm, but nobody was hurt.",
    "Tornado sirens sounded across the plains as the storm system pushed east.",
)

LIFESTYLE = (
    "Add {ingredient} and cook gently for {n} minutes, stirring often.",
    "Season the lamb well and roast it for {n}0 minutes, then leave it to rest.",
    "This {dish} is best made a day ahead, when the flavours have had time to settle.",
    "The café near the station in {city} serves the best pastries I have eaten all year.",
    "Book early: the best hotels in {city} fill up months ahead of the festival.",
    "The chef {person} opened a second restaurant in {city} last month.",
    "Running twice a week can improve sleep, according to sports doctors.",
    "My grandmother taught me to bake bread when I was seven.",
    "We moved to {city} when the children were small and never looked back.",
    "{person} and {person2} married in a small ceremony in {city} on {weekday}.",
    "{person} turned {age} on {weekday} and celebrated with a party for family and friends.",
    "The village fete raised more than two thousand pounds for the new playground.",
    "The museum is open every day except Monday, and entry is free.",
    "Tickets cost {price} and can be booked online.",
    "Wear sturdy boots, because the path to the summit is steep and often muddy.",
    "The beach is quiet out of season and perfect for long walks with the dog.",
    "The library runs a knitting club on Thursday afternoons.",
    "Serve the {dish} with a green salad and a glass of something cold.",
    "The ferry to the island takes {n}0 minutes and runs every hour in summer.",
    "Our reviewer spent a long weekend in {city} and came home with a suitcase full of cheese.",
    "Start small: ten minutes of stretching each morning is better than an hour once a month.",
    "The couple spent {n} years restoring the farmhouse by hand.",
    "Pick a paint colour in daylight, not under the shop's lights.",
)

PROGRAMMES = (
    "The conference opens on {weekday} with a keynote by {person} on {topic}.",
    "Registration for {conference} closes at the end of {month}.",
    "Panel discussions will cover {topic} and {topic2}.",
    "The afternoon session on {topic} will be chaired by Professor {person}.",
    "The school celebrates its {anniversary} anniversary this year with a series of concerts.",
    "The bridge was opened {n}0 years ago this week.",
    "The festival marks the {anniversary} anniversary of the composer's birth.",
    "{company} celebrates its {anniversary} year in business with a week of free tastings.",
    "The workshop is free, but places are limited.",
    "Lunch will be served in the main hall at one o'clock.",
    "Posters on {topic} will be on display in the foyer throughout the day.",
    "The summer school in {city} welcomes students from {n}0 countries.",
    "{company} will launch the {product} at a trade fair in {city} in {month}.",
    "Doors open at seven and the first act is on stage at half past.",
)

OBITUARIES = (
    "{person}, the {profession} whose work delighted audiences for decades, has died at the age of {age}.",
    "{person} is survived by three children and {n} grandchildren.",
    "A funeral will be held at the parish church in {city} on {weekday}.",
    "{person} will be remembered as a generous teacher and a gifted {instrument} player.",
    "Born in {city} in {year}, {person} left school at fifteen to work in a print shop.",
    "Tributes poured in from fellow musicians after the death of the {instrument} player {person}.",
    "The {profession} {person} died peacefully at home on {weekday}, the family said.",
    "{person} never retired, and was still working in the studio a week before dying.",
)

INTERVIEWS = (
    "Let us know what you think in the comments below.",
    "This allows me to focus on my {passion}.",
    "I just want to enjoy every moment on stage.",
    "Honestly, I never thought I would still be doing this at {age}.",
    "We're so grateful to everyone who has supported us along the way.",
    "My kids think I'm the least cool person in the world.",
    "I'm taking some time off to spend with my family.",
    "The secret, {first} says, is never to stop being curious.",
    "Writing this album was the hardest thing I've ever done.",
    "Subscribe to our newsletter for the week's best recipes.",
    "I've always wanted to live by the sea.",
    "It was the best holiday we have ever had.",
    "Click here to read more stories like this.",
    "To be honest, I was terrified the first time I walked on set.",
    "I owe everything to my old music teacher in {city}.",
)

# Sentences that look like events and are not: war words in peaceful places, titles without politics.
NEAR_MISSES = (
    "The president of the golf club presented the trophy to {person}.",
    "{company}'s president said the new {product} would be in shops by {month}.",
    "The {team} chairman met the manager on {weekday} to discuss summer signings.",
    "The grandmaster launched a fierce attack on the queen's side of the board.",
    "Residents fought the blaze with garden hoses until the fire crews arrived.",
    "Shoppers stormed the store when the doors opened for the January sale.",
    "The coach has declared war on the squad's poor fitness.",
    "{airline} fired the first shot in a fare war with a sale on flights to {city}.",
    "Tourists invade the tiny fishing village of {city} every August.",
    "The new {product} has conquered the market in just two years.",
    "Mosquitoes launched a relentless assault on the campers all night.",
    "The young striker was the club's secret weapon all season.",
    "{relative} got married in {city} on {weekday}.",
    "{pol} attended the cup final between {team} and {team2}.",
    "The spelling bee champion from {city} defended the title with the word 'onomatopoeia'.",
    "The two neighbours have been locked in a feud over a leylandii hedge for {n} years.",
    "The reigning champion was dethroned in {city} by a seventeen-year-old newcomer.",
    "The talks at the book festival were sold out within an hour.",
    "The home side's captain surrendered the ball cheaply in midfield.",
    "The general manager of {company} thanked staff for a record year.",
    "The army of volunteers planted {num} trees along the river in a single weekend.",
    "The cat was arrested in mid-leap by a closing door, to the delight of the internet.",
)

TEMPLATES: dict[str, tuple[str, ...]] = {
    "sport": SPORT, "business": BUSINESS, "culture": CULTURE, "science": SCIENCE, "weather": WEATHER,
    "lifestyle": LIFESTYLE, "programmes": PROGRAMMES, "obituaries": OBITUARIES, "interviews": INTERVIEWS,
    "near_misses": NEAR_MISSES,
}

# Political figures in private life: the actor is political, the act is not.
PRIVATE_LIFE = (
    "{pol} spent the weekend fishing with friends in {place}.",
    "{pol} turned {age} on {weekday} and marked the day with a family lunch.",
    "{relative} married {person} in a private ceremony in {city}.",
    "{pol} was spotted on holiday in {place} in shorts and sunglasses.",
    "{pol} ran the {city} half marathon in just under two hours.",
    "{pol} cheered on {team} from the stands as they beat {team2} {score}.",
    "{pol} watched the final between {team} and {team2} on {weekday} with family members.",
    "{pol} is recovering at home after minor knee surgery.",
    "The memoir by {pol} goes on sale in {month}, followed by a book tour of {n} cities.",
    "{pol} signed copies of the new memoir for a long queue of readers in {city}.",
    "{pol} has taken up watercolour painting and will show a few pictures at a charity exhibition.",
    "{pol} posted a photograph of the family's new puppy on social media.",
    "{pol} became a grandparent for the {ordinal} time on {weekday}.",
    "{pol} played guitar with a local band at a friend's wedding in {city}.",
    "{pol} was photographed buying ice cream on the seafront in {city}.",
    "{relative} graduated from the University of {city} on {weekday}.",
    "{pol} hosted a barbecue for neighbours at the family's country home.",
    "{pol} won the annual charity golf day in {city} by two strokes.",
    "{pol} climbed {mountain} over the summer break, friends said.",
    "{pol} told a cookery magazine that the perfect Sunday lunch ends with {dish}.",
    "{pol} will spend the holidays with family in {place}.",
    "{pol} sang karaoke at an old friend's retirement party.",
    "{pol} took the grandchildren to the zoo in {city} on {weekday}.",
    "{pol} walked the red carpet at the premiere of {title} in {city}.",
    "{pol} was seen jogging in a park in {city} early on {weekday} morning.",
    "The wedding of {relative} took place at a vineyard near {city}.",
    "The dog belonging to {pol} has more followers online than most pop stars.",
    "{pol} confessed to being a lifelong supporter of {team}.",
    "{pol} cycled {n}0 kilometres for a children's charity over the weekend.",
    "{pol} met the singer {artist} backstage after the concert in {city}.",
    "{pol} baked a cake for the local school's summer fair.",
    "{pol} said in a podcast that jazz records help with sleep.",
    "{relative} gave birth to a baby girl in {city} on {weekday}.",
    "{pol} learned to surf during a family holiday in {place}.",
    "{pol} has been reading {title} and recommended it to friends.",
    "{pol} joined old schoolfriends for a reunion dinner in {city}.",
    "{pol} took part in a charity swim across the lake at {place}.",
    "{relative} opened a small bakery in {city} last month.",
    "{pol} was among the guests at the wedding of the actor {person} in {city}.",
    "{pol} played in a veterans' football match and scored a penalty.",
)


# -- filling -------------------------------------------------------------------------------------------------

_FORMATTER = string.Formatter()
_MAX_TRIES = 20  # draws per slot before accepting a value already used in the same sentence


def _slots(template: str) -> list[str]:
    return [name for _, name, _, _ in _FORMATTER.parse(template) if name]


def _draw(base: str, rng: random.Random) -> str:
    """One value for a slot; a value with slots of its own ("President {last}") is filled in turn."""
    source = FILLERS[base]
    value = source(rng) if callable(source) else rng.choice(source)
    return _format(value, rng) if "{" in value else value


def _format(template: str, rng: random.Random) -> str:
    values: dict[str, str] = {}
    for name in _slots(template):
        if name in values:
            continue
        base = name.rstrip("0123456789")
        for _ in range(_MAX_TRIES):
            value = _draw(base, rng)
            if value not in values.values():
                break
        values[name] = value
    return template.format(**values)


def _fill(template: str, rng: random.Random) -> str:
    """The template with every slot filled, as a sentence (capitalised: slots may start with "the")."""
    text = _format(template, rng)
    return text[0].upper() + text[1:]


def _generate(templates: Sequence[str], seed: int, n: int) -> list[str]:
    """n sentences, distinct as long as the templates allow; repeats only once distinct ones run out."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    for _ in range(n * 50):
        if len(out) >= n:
            return out
        sentence = _fill(rng.choice(templates), rng)
        if sentence not in seen:
            seen.add(sentence)
            out.append(sentence)
    while len(out) < n:  # a tiny template set asked for many sentences
        out.append(_fill(rng.choice(templates), rng))
    return out


ALL_TEMPLATES: tuple[str, ...] = tuple(t for group in TEMPLATES.values() for t in group)


def sentences(seed: int, n: int) -> list[str]:
    """n off-topic news sentences, the same for the same seed; every template equally likely."""
    return _generate(ALL_TEMPLATES, seed, n)


def private_life(seed: int, n: int) -> list[str]:
    """n sentences in which political figures do private things, the same for the same seed."""
    return _generate(PRIVATE_LIFE, seed, n)


if __name__ == "__main__":
    for line in sentences(0, 14) + private_life(0, 6):
        print(line)
