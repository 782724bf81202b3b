"""Original scripts for the synthetic fixtures (written for this project)."""

SAMPLE_PODCAST = [
    (
        "host",
        "Welcome back to the Grid Notes podcast. Today we are talking about how cities store energy for the evening peak.",
    ),
    (
        "guest",
        "Thanks for having me. The short version is that lithium battery storage has become cheap enough to replace gas peaker plants in many places.",
    ),
    ("host", "How long can one of those battery farms actually supply power?"),
    (
        "guest",
        "Most of them are built for four hours of discharge. That covers the gap between sunset and the time people go to sleep.",
    ),
    ("producer", "A listener asked whether old electric car batteries can be reused for this."),
    (
        "guest",
        "They can. Second life packs lose some capacity, but for stationary storage that barely matters, and it keeps them out of the recycling queue for another decade.",
    ),
    ("host", "What about pumped hydro? My grandfather worked at a reservoir in the mountains."),
    (
        "guest",
        "Pumped hydro is still the largest form of storage on the planet. You pump water uphill when power is cheap and let it fall through turbines when it is expensive.",
    ),
    ("producer", "We have time for one more question. Is hydrogen going to matter?"),
    (
        "guest",
        "For seasonal storage, probably yes. Converting electricity to hydrogen wastes a lot of energy, so it only makes sense when nothing else can hold power for months.",
    ),
    ("host", "That is all for today. Next week we visit a wind farm off the northern coast."),
]

# Speech for the ingest benchmark: several files, several voices, reference text for WER.
BENCH_SCRIPTS = {
    "kitchen_garden": [
        (
            "a",
            "Tomatoes need at least six hours of direct sunlight every day, so put them against the south facing wall.",
        ),
        (
            "b",
            "I always water in the morning. Evening watering leaves the leaves wet overnight and invites mould.",
        ),
        (
            "a",
            "Basil grows well between the tomato plants and it seems to keep some of the insects away.",
        ),
        ("b", "Last summer the slugs ate every single lettuce before I could harvest any of them."),
        (
            "a",
            "Copper tape around the raised beds helped us a lot, although birds are the best slug control.",
        ),
        (
            "b",
            "We also started a compost heap behind the shed, using grass clippings and coffee grounds.",
        ),
        ("a", "Turn it every two weeks and it will be ready by the spring planting season."),
    ],
    "city_cycling": [
        (
            "c",
            "The council finally painted a protected bicycle lane along the river road last month.",
        ),
        ("d", "Traffic counts show that almost three thousand people ride it on a dry weekday."),
        ("c", "Shop owners worried they would lose customers when the parking spaces disappeared."),
        (
            "d",
            "In fact, sales went up, because people on bikes stop more often and spend a little each time.",
        ),
        (
            "c",
            "The next step is a bridge over the railway so children can ride to the school safely.",
        ),
        (
            "d",
            "Construction should start in the autumn if the funding is approved in the budget vote.",
        ),
    ],
    "deep_sea": [
        (
            "e",
            "Below one thousand metres there is no sunlight at all, and the water is just above freezing.",
        ),
        (
            "f",
            "Many animals down there make their own light, using chemical reactions in special organs.",
        ),
        ("e", "Anglerfish dangle a glowing lure in front of their mouths to attract smaller prey."),
        (
            "f",
            "Researchers use remotely operated vehicles with strong lamps and cameras to film them.",
        ),
        ("e", "Every expedition still finds species that nobody has ever described before."),
        (
            "f",
            "Hydrothermal vents support whole communities that live on chemical energy instead of sunlight.",
        ),
    ],
    "chess_club": [
        (
            "g",
            "Our chess club meets every Thursday evening in the back room of the public library.",
        ),
        (
            "h",
            "Beginners are welcome. We pair them with an experienced player for the first few games.",
        ),
        ("g", "The spring tournament uses a rapid time control of fifteen minutes per player."),
        ("h", "Last year a twelve year old girl won the whole event without losing a single game."),
        (
            "g",
            "We are raising money to buy new clocks, because half of the old ones no longer work.",
        ),
    ],
}
