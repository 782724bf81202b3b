"""Held-out retrieval test set: six coherent multi-speaker conversations with paraphrased questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "valley_bus": {
        "voices": {"host": "awb", "officer": "slt", "caller": "kal"},
        "turns": [
            (
                "host",
                "Good morning and welcome to Around the Dales. Today we are talking about the new bus that you book by phone. With me is Helen Carter from the county transport team.",
            ),
            ("officer", "Thanks for having me. It has been quite a year for us."),
            ("host", "So what happened to the old timetabled service?"),
            (
                "officer",
                "The number forty route ran almost empty most of the day. Some afternoons it carried three people on a bus built for fifty, so the council stopped paying for it last spring.",
            ),
            ("host", "And what replaced it?"),
            (
                "officer",
                "Two small minibuses with sixteen seats each. You ring the night before or use an app, and the driver picks you up at the end of your own lane.",
            ),
            ("host", "Right."),
            ("officer", "We cover eleven villages between Millbrook and the market town."),
            ("host", "How much does a trip cost?"),
            ("officer", "Two pounds each way, and anyone with a bus pass still travels free."),
            (
                "host",
                "We also have Tom on the line, who uses it every week. Tom, what do you make of it?",
            ),
            (
                "caller",
                "Honestly, it changed my life. I gave up driving after my eyesight went, and now I get to the surgery and the shops without asking my daughter.",
            ),
            ("host", "Is there anything you would change?"),
            (
                "caller",
                "Sunday. There is no service at all on Sundays, so I still cannot get to church.",
            ),
            (
                "officer",
                "That is the most common complaint we hear. We are hoping a volunteer driver scheme can fill that gap by the autumn.",
            ),
            ("host", "And is it cheaper for the council than the old bus?"),
            (
                "officer",
                "About a third cheaper per passenger, mainly because we no longer run empty journeys.",
            ),
            ("host", "Helen, Tom, thank you both."),
        ],
    },
    "night_train": {
        "voices": {"host": "espeak_rp", "writer": "rms", "caller": "espeak_f"},
        "turns": [
            (
                "host",
                "This is Travel Talk. Tonight we are talking about the night train, which returned last month after nine years away. My guest is Daniel Price, who writes about railways.",
            ),
            ("writer", "Good evening. I rode the very first departure, so I have plenty to say."),
            ("host", "Where does it actually go?"),
            (
                "writer",
                "It leaves the capital at ten past eleven and reaches the northern coast just before seven in the morning.",
            ),
            ("host", "Why did it stop running in the first place?"),
            (
                "writer",
                "The old carriages were over forty years old and kept failing safety checks. Nobody wanted to pay for new ones while cheap flights were booming.",
            ),
            ("host", "So what changed?"),
            (
                "writer",
                "Mostly it was climate concerns. The government agreed to lease twelve modern sleeping cars from a company in Austria, and suddenly the route was worth saving.",
            ),
            ("host", "We have a listener, Sarah, on the line."),
            (
                "caller",
                "Hello. I took it with my two children at half term and they loved the little bunks.",
            ),
            ("host", "Was it comfortable?"),
            (
                "caller",
                "Mostly, yes. The only problem was a long stop at a junction around three in the morning, when the train was shunted and we all woke up.",
            ),
            (
                "writer",
                "That happens when they split the train in two. The rear half goes on to the lakes.",
            ),
            ("host", "And what does a cabin cost?"),
            (
                "caller",
                "We paid one hundred and sixty pounds for a family cabin, which is less than four plane tickets and a hotel.",
            ),
            ("host", "Daniel, would you recommend it?"),
            (
                "writer",
                "Absolutely, but book early. The cabins for Friday nights are sold out until the spring.",
            ),
            ("host", "Thank you both."),
        ],
    },
    "museum_reopening": {
        "voices": {"host": "kal", "director": "espeak_us"},
        "turns": [
            (
                "host",
                "Welcome back to Culture Corner. The town museum opens its doors again this Saturday after nearly three years closed, and the director, Margaret Hill, is here to tell us about it.",
            ),
            ("director", "Thank you. We are all very excited, and a little tired."),
            ("host", "Remind us why it closed."),
            (
                "director",
                "Water was coming through the roof of the main gallery. In the winter of the big storm, a leak ruined two paintings and we had to move everything out.",
            ),
            ("host", "That must have been awful."),
            ("director", "It was heartbreaking."),
            ("host", "What did the repairs cost?"),
            (
                "director",
                "Just over two million pounds, most of it from a heritage lottery grant. The rest came from a public appeal, where more than four thousand people gave something.",
            ),
            ("host", "And what will visitors notice first?"),
            (
                "director",
                "The old entrance hall is now a bright cafe with a glass wall looking onto the river. We also moved the shop downstairs.",
            ),
            ("host", "Is there a highlight in the collection?"),
            (
                "director",
                "For me it is the Roman boat found in the riverbank in nineteen sixty two. It has been restored and finally has a room of its own.",
            ),
            ("host", "Will it still be free to get in?"),
            (
                "director",
                "Yes, entry stays free. Some of the trustees wanted a five pound charge, but I argued against it because free museums reach families who would never pay.",
            ),
            ("host", "And the opening hours?"),
            (
                "director",
                "Ten until five, Tuesday to Sunday, and late on the first Thursday of every month.",
            ),
            ("host", "Margaret Hill, good luck on Saturday."),
        ],
    },
    "community_theatre": {
        "voices": {"chair": "espeak_f", "director": "rms", "treasurer": "awb"},
        "turns": [
            (
                "chair",
                "Right, let's start. Thanks for coming, everyone. The main item tonight is the autumn production for the Riverside Players.",
            ),
            (
                "director",
                "I still think we should do the musical. We had forty people at the open audition last month, which is a record.",
            ),
            (
                "treasurer",
                "I understand, but the musical needs a band, and musicians want paying. That alone would be around nine hundred pounds.",
            ),
            ("chair", "What about the comedy?"),
            (
                "treasurer",
                "It has a cast of seven and one set, so we could stage it for less than half the money.",
            ),
            ("director", "But then thirty of those people get nothing to do."),
            ("chair", "That is a fair point. Where do we stand on money in general?"),
            (
                "treasurer",
                "Not brilliantly. The church hall has put its rent up to sixty pounds a night. We also lost the grant from the arts council in March.",
            ),
            ("director", "Could we raise ticket prices?"),
            (
                "treasurer",
                "We charge eight pounds now. I would go to ten, but keep children at five.",
            ),
            ("chair", "Agreed. Any other business?"),
            (
                "director",
                "Yes. Frank, who has built our sets for twenty years, is retiring after this season. We need someone who can use a saw.",
            ),
            ("treasurer", "My nephew is a carpenter. I can ask him."),
            ("chair", "Please do. So, do we vote on the show?"),
            (
                "director",
                "Could we compromise? We do the musical, but with a piano only instead of a full band.",
            ),
            ("treasurer", "That I could live with."),
            (
                "chair",
                "Good. Rehearsals start on the second of September, on Tuesday and Thursday evenings.",
            ),
        ],
    },
    "village_observatory": {
        "voices": {"host": "espeak_us", "chairman": "awb"},
        "turns": [
            (
                "host",
                "You are listening to Night Sky Notes. This week I am at the hilltop observatory run by the Ashford Astronomy Society, with its chairman, Peter Lewis.",
            ),
            ("chairman", "Welcome up the hill. Mind the steps in the dark."),
            ("host", "How did a village end up with its own observatory?"),
            (
                "chairman",
                "A retired engineer left the society his telescope and some money in his will in two thousand and eight. The members then spent four summers building the dome themselves.",
            ),
            ("host", "Four summers!"),
            ("chairman", "Yes, mostly weekends, and mostly in the rain."),
            ("host", "What is the telescope like?"),
            (
                "chairman",
                "It is a forty centimetre mirror, big enough to see the rings of Saturn very sharply and galaxies millions of light years away.",
            ),
            ("host", "Can anyone come and look through it?"),
            (
                "chairman",
                "We hold open evenings on the last Friday of each month from October to March. It costs nothing, but donations keep the lights on, or rather off.",
            ),
            ("host", "Ha. Speaking of lights, is light pollution a problem here?"),
            (
                "chairman",
                "It was getting worse until the council swapped the street lamps for shielded ones that point downward. Now on a clear night you can see the Milky Way from the car park.",
            ),
            ("host", "What is the most exciting thing your members have done?"),
            (
                "chairman",
                "Two years ago one of our teenagers, Amy, spotted a new supernova in a distant galaxy. It was confirmed by a professional team in Chile within a day.",
            ),
            ("host", "That is remarkable."),
            ("chairman", "She is studying physics at university now."),
        ],
    },
    "school_balloon": {
        "voices": {"host": "espeak_rp", "teacher": "rms", "student": "slt"},
        "turns": [
            (
                "host",
                "On Science Hour today, a secondary school that sent a camera to the edge of space. I am joined by physics teacher Mark Davies and his student, Chloe.",
            ),
            ("teacher", "Hello. It is nice to talk about it now that we have found the thing."),
            ("host", "Let's start at the beginning. Whose idea was it?"),
            (
                "student",
                "It was mine, actually. I saw a video of a balloon launch online and asked in class if we could try it.",
            ),
            ("host", "And what did you send up?"),
            (
                "teacher",
                "A polystyrene box holding a small camera, a GPS tracker and a temperature sensor, tied under a helium balloon about two metres wide.",
            ),
            ("host", "How high did it go?"),
            (
                "student",
                "Thirty one kilometres. That is about three times higher than a passenger jet flies.",
            ),
            ("host", "What happened at the top?"),
            (
                "teacher",
                "The balloon gets bigger as the air thins out, until it bursts. Then a parachute opens and the box falls back to earth.",
            ),
            ("host", "And you mentioned finding it."),
            (
                "student",
                "It came down in a field of sheep almost ninety kilometres away. The farmer thought it was a bomb at first.",
            ),
            ("host", "Oh dear."),
            (
                "teacher",
                "We had to ask the aviation authority for permission before launching, and we had to tell air traffic control on the day. It took about six weeks to get approval.",
            ),
            ("host", "What was the coldest temperature you recorded?"),
            (
                "student",
                "Minus fifty three degrees, which surprised everyone because the sensor was still working.",
            ),
            ("host", "Would you do it again?"),
            (
                "teacher",
                "Definitely. Next year we want to carry seeds up and see if they still grow.",
            ),
        ],
    },
}

QUESTIONS = [
    # valley_bus
    (
        "Why did the council withdraw funding from the old bus route?",
        "valley_bus",
        ["Some afternoons it carried", "The number forty route"],
    ),
    (
        "How many passengers can each of the new small buses hold?",
        "valley_bus",
        ["Two small minibuses with"],
    ),
    (
        "How do riders arrange to be collected by the village minibus?",
        "valley_bus",
        ["You ring the night"],
    ),
    (
        "How many villages does the booking service reach?",
        "valley_bus",
        ["We cover eleven villages"],
    ),
    ("What is the fare on the demand responsive minibus?", "valley_bus", ["Two pounds each way"]),
    ("Why did the regular passenger stop using his car?", "valley_bus", ["I gave up driving"]),
    (
        "On which day of the week is there no dial a ride service?",
        "valley_bus",
        ["There is no service"],
    ),
    (
        "What is being planned to plug the gap in weekend transport?",
        "valley_bus",
        ["We are hoping a"],
    ),
    (
        "How does the cost per rider compare with the previous timetabled bus?",
        "valley_bus",
        ["About a third cheaper"],
    ),
    # night_train
    (
        "How long was the overnight service out of operation before it came back?",
        "night_train",
        ["Tonight we are talking"],
    ),
    (
        "What time does the sleeper depart and when does it get in?",
        "night_train",
        ["It leaves the capital"],
    ),
    (
        "Why was the overnight train originally withdrawn?",
        "night_train",
        ["The old carriages were"],
    ),
    (
        "What was the main reason the sleeper was brought back?",
        "night_train",
        ["Mostly it was climate"],
    ),
    ("Where are the new sleeper coaches leased from?", "night_train", ["The government agreed to"]),
    ("What disturbed the family during the journey?", "night_train", ["The only problem was"]),
    (
        "Why does the train halt at a junction in the middle of the night?",
        "night_train",
        ["That happens when they"],
    ),
    (
        "How much did the caller spend on her family's berth?",
        "night_train",
        ["We paid one hundred"],
    ),
    (
        "What tip does the railway journalist give to anyone thinking of going?",
        "night_train",
        ["Absolutely, but book early"],
    ),
    # museum_reopening
    ("How long has the town museum been shut?", "museum_reopening", ["The town museum opens"]),
    ("What forced the museum to close?", "museum_reopening", ["Water was coming through"]),
    (
        "Which items were lost because of the storm damage?",
        "museum_reopening",
        ["In the winter of"],
    ),
    (
        "How much did fixing the building cost and who paid?",
        "museum_reopening",
        ["Just over two million"],
    ),
    (
        "How many members of the public donated to the fundraising campaign?",
        "museum_reopening",
        ["The rest came from"],
    ),
    ("What has the foyer been turned into?", "museum_reopening", ["The old entrance hall"]),
    ("When was the ancient vessel dug up?", "museum_reopening", ["For me it is"]),
    (
        "Who wanted to start charging visitors, and why did the director oppose it?",
        "museum_reopening",
        ["Some of the trustees"],
    ),
    ("When is the museum open during the week?", "museum_reopening", ["Ten until five, Tuesday"]),
    # community_theatre
    (
        "How many people turned up to try out for the group?",
        "community_theatre",
        ["We had forty people"],
    ),
    (
        "Why is the treasurer worried about putting on the musical?",
        "community_theatre",
        ["I understand, but the"],
    ),
    (
        "Roughly what would it cost to pay the musicians?",
        "community_theatre",
        ["That alone would be"],
    ),
    ("How many actors does the alternative play need?", "community_theatre", ["It has a cast"]),
    (
        "What is the director's objection to choosing the smaller play?",
        "community_theatre",
        ["But then thirty of"],
    ),
    (
        "How much does the venue now charge for an evening?",
        "community_theatre",
        ["The church hall has"],
    ),
    (
        "Which source of funding did the drama group lose?",
        "community_theatre",
        ["We also lost the"],
    ),
    ("What new seat prices does the treasurer propose?", "community_theatre", ["I would go to"]),
    (
        "Who is stepping down from making the scenery?",
        "community_theatre",
        ["Frank, who has built"],
    ),
    (
        "What middle ground did the committee settle on for the show?",
        "community_theatre",
        ["We do the musical"],
    ),
    (
        "When do practices for the production begin?",
        "community_theatre",
        ["Rehearsals start on the"],
    ),
    # village_observatory
    (
        "How did the astronomy club come to own its telescope?",
        "village_observatory",
        ["A retired engineer left"],
    ),
    (
        "How long did volunteers take to put up the dome?",
        "village_observatory",
        ["The members then spent"],
    ),
    (
        "How big is the mirror in the observatory's instrument?",
        "village_observatory",
        ["It is a forty"],
    ),
    (
        "When can the public come along for stargazing?",
        "village_observatory",
        ["We hold open evenings"],
    ),
    (
        "Do visitors have to pay to attend the viewing nights?",
        "village_observatory",
        ["It costs nothing, but"],
    ),
    (
        "What made the night sky darker around the village?",
        "village_observatory",
        ["It was getting worse"],
    ),
    (
        "What did a young member of the society discover?",
        "village_observatory",
        ["Two years ago one"],
    ),
    (
        "What is the teenager who made the discovery doing these days?",
        "village_observatory",
        ["She is studying physics"],
    ),
    # school_balloon
    (
        "Whose idea was the high altitude flight in the first place?",
        "school_balloon",
        ["It was mine, actually"],
    ),
    ("What inspired the pupil to suggest the project?", "school_balloon", ["I saw a video"]),
    (
        "What instruments were carried by the balloon?",
        "school_balloon",
        ["A polystyrene box holding"],
    ),
    ("What altitude did the school's payload reach?", "school_balloon", ["Thirty one kilometres"]),
    ("Why does the balloon eventually pop?", "school_balloon", ["The balloon gets bigger"]),
    ("Where was the box recovered after landing?", "school_balloon", ["It came down in"]),
    ("How did the landowner react when he found it?", "school_balloon", ["The farmer thought it"]),
    (
        "What permission did the school need before letting the balloon go?",
        "school_balloon",
        ["We had to ask"],
    ),
    (
        "How cold did it get at the top of the flight?",
        "school_balloon",
        ["Minus fifty three degrees"],
    ),
    (
        "What does the school plan to send up on its next flight?",
        "school_balloon",
        ["Next year we want"],
    ),
]
