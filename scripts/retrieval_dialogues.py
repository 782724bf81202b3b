"""Development set of coherent multi-speaker conversations and paraphrased retrieval questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    # ---- theme: community energy -------------------------------------------------
    "wind_coop": {
        "voices": {"host": "awb", "helen": "slt", "tom": "kal"},
        "turns": [
            (
                "host",
                "Welcome back to Green Valley Talk. Today I'm joined by Helen and Tom from the Millbrook wind cooperative. Helen, how did the whole thing begin?",
            ),
            (
                "helen",
                "It started in a pub meeting back in twenty sixteen. A farmer offered us a windy hill on his land, and about forty neighbours said they would put money in.",
            ),
            ("host", "Forty people is a lot for a small village."),
            (
                "tom",
                "It grew quickly after that. By the time we opened the share offer, we had over three hundred members.",
            ),
            ("host", "And what did the turbine actually cost?"),
            (
                "tom",
                "Just under two million pounds in total. Roughly half came from members and the rest was a bank loan.",
            ),
            ("host", "What was the smallest amount somebody could put in?"),
            (
                "helen",
                "Only fifty pounds each. We wanted pensioners and young families to be able to join, not just wealthy people.",
            ),
            ("host", "Right. Were there any objections from people nearby?"),
            (
                "helen",
                "Oh, plenty. A group of walkers worried about the view from the ridge path, so we moved the turbine about two hundred metres further down the slope.",
            ),
            ("host", "And does it make money now?"),
            (
                "tom",
                "It does. Members get around four percent a year, and the surplus goes into a community fund.",
            ),
            ("host", "What has that fund paid for so far?"),
            (
                "helen",
                "Mostly insulation for older homes, and a new minibus for the primary school.",
            ),
            ("host", "Tom, what would you tell another village that wants to do this?"),
            (
                "tom",
                "Get a good lawyer early. The grid connection contract nearly sank us in the second year.",
            ),
            ("host", "Good advice. Thank you both."),
        ],
    },
    "warm_homes_meeting": {
        "voices": {"chair": "espeak_rp", "officer": "rms", "resident": "espeak_f"},
        "turns": [
            (
                "chair",
                "Next on the agenda is the warm homes pilot. David, can you give us an update?",
            ),
            (
                "officer",
                "Yes. We finished the first street, Oak Road, in March. Sixty two houses got loft insulation, and twenty of them also got heat pumps.",
            ),
            ("chair", "How did the residents find it?"),
            (
                "officer",
                "Mostly positive. Average heating bills on the street fell by about a third over the winter.",
            ),
            (
                "resident",
                "Can I come in here? I live on Oak Road, and the noise from my neighbour's heat pump keeps me awake at night.",
            ),
            ("chair", "That's a fair point. David?"),
            (
                "officer",
                "We've had three complaints like that. The installer has agreed to fit quieter fans at no cost to anyone.",
            ),
            ("resident", "When will that happen?"),
            ("officer", "Before the end of next month, I'm told."),
            ("resident", "Good."),
            ("chair", "What about the cost to the council?"),
            (
                "officer",
                "Each home cost around nine thousand pounds on average. The national grant covered seventy percent, and we paid the rest from the climate budget.",
            ),
            ("chair", "And which street comes next?"),
            (
                "officer",
                "Mill Lane, because most of the houses there are old and have solid walls. They lose heat the fastest.",
            ),
            (
                "resident",
                "I'd suggest you hold a drop in evening first. People on our street felt nobody explained anything before the vans turned up.",
            ),
            ("chair", "Noted. Let's minute that as an action."),
        ],
    },
    # ---- theme: local food and farming ------------------------------------------
    "market_callin": {
        "voices": {"host": "espeak_us", "linda": "slt", "peter": "awb"},
        "turns": [
            (
                "host",
                "You're listening to Morning Line, and today we're talking about the town market moving to the old cattle yard. Our first caller is Linda. Go ahead, Linda.",
            ),
            (
                "linda",
                "Hi. I've sold eggs and honey at the market for eleven years, and I'm worried about this move. The cattle yard has no roof, so we'll be standing in the rain all winter.",
            ),
            ("host", "Has the council said anything about shelter?"),
            ("linda", "They promised canopies, but only for half the stalls."),
            ("host", "That doesn't sound ideal."),
            ("linda", "No, it doesn't."),
            (
                "host",
                "Thanks, Linda. Next we have Peter, who runs a vegetable farm just outside town. Peter, what do you make of it?",
            ),
            (
                "peter",
                "Honestly, I'm in favour. The old square only had room for twenty stalls, and the yard fits nearly fifty.",
            ),
            ("host", "Won't fewer people walk past, though?"),
            (
                "peter",
                "Maybe at first. But there's free parking there, and our older customers kept telling us they couldn't carry heavy bags across town.",
            ),
            ("host", "What do you sell the most of?"),
            (
                "peter",
                "Potatoes and leeks in winter, and strawberries in June. Strawberries alone pay for my stall for the whole year.",
            ),
            ("host", "Linda, you're still on the line. Does that change your mind at all?"),
            ("linda", "A little. If they sort out the canopies, I could live with it."),
            (
                "host",
                "The market opens at the new site on the first Saturday in October. Call in and tell us what you think.",
            ),
        ],
    },
    "community_orchard": {
        "voices": {"reporter": "rms", "rose": "espeak_f"},
        "turns": [
            (
                "reporter",
                "I'm standing in the Hollow Lane community orchard with Rose, who helped plant it. Rose, how old are these trees?",
            ),
            (
                "rose",
                "The oldest ones went in nine years ago. We started with thirty trees, and now there are just over a hundred and twenty.",
            ),
            ("reporter", "What kinds of fruit do you grow?"),
            (
                "rose",
                "Mostly apples, with some pears and plums. We chose old local varieties that had nearly disappeared from the area.",
            ),
            ("reporter", "Why those rather than the ones you find in the supermarket?"),
            (
                "rose",
                "They cope better with our wet, windy weather. And they don't need spraying, which matters a lot to us.",
            ),
            ("reporter", "Who looks after it all?"),
            (
                "rose",
                "A group of about fifteen volunteers. We meet on the second Sunday of every month for pruning and mowing.",
            ),
            ("reporter", "And what happens to all the apples?"),
            (
                "rose",
                "We press them into juice at a festival every October. Last year we made around eight hundred bottles.",
            ),
            ("reporter", "That's a lot of juice."),
            ("rose", "It is! We sell it to pay for new trees and for our insurance."),
            ("reporter", "Has anything gone wrong along the way?"),
            (
                "rose",
                "Deer ate most of the young plums in the second winter. Now every new tree gets a tall wire guard.",
            ),
            ("reporter", "And can anyone come and pick?"),
            (
                "rose",
                "Yes, anyone at all. We just ask people to take what they'll eat and leave the rest for others.",
            ),
        ],
    },
    # ---- theme: public health ---------------------------------------------------
    "village_clinic": {
        "voices": {"host": "espeak_rp", "karen": "slt", "morgan": "kal"},
        "turns": [
            (
                "host",
                "On today's Health Matters we're visiting the Ashford Green health centre, which nearly closed two years ago. With me are nurse Karen Hill and doctor James Morgan. Doctor Morgan, why did it almost close?",
            ),
            (
                "morgan",
                "We lost three of our four doctors within a year, mostly to retirement. Nobody wanted to take over a practice that far from a city.",
            ),
            ("host", "So what changed?"),
            (
                "karen",
                "We turned it around by letting nurses run more of the routine work. I now see most of the asthma and diabetes patients myself.",
            ),
            ("host", "Does that free up the doctors?"),
            (
                "morgan",
                "Hugely. I used to have a three week wait for appointments, and now it's about four days.",
            ),
            ("host", "That's a big difference."),
            ("karen", "It is."),
            ("host", "Karen, I hear you also started evening sessions."),
            (
                "karen",
                "Yes, on Tuesdays and Thursdays until eight. Farm workers and commuters simply couldn't get here during the day.",
            ),
            ("host", "Have patients taken to them?"),
            (
                "karen",
                "The evening slots are always full, usually within an hour of the booking line opening.",
            ),
            ("host", "Doctor Morgan, is there anything you're still worried about?"),
            (
                "morgan",
                "Funding. The extra nurse posts are paid by a three year grant that ends next spring.",
            ),
            ("host", "And if it isn't renewed?"),
            (
                "morgan",
                "Then we'd probably have to drop the evening clinics first. I'd really hate that.",
            ),
            ("host", "Let's hope it doesn't come to that. Thank you both."),
        ],
    },
    "blood_drive_meeting": {
        "voices": {"organiser": "espeak_us", "ann": "espeak_f", "gary": "rms"},
        "turns": [
            (
                "organiser",
                "Okay, let's get started. The blood donation session is three weeks away, and I want to check we're ready. Ann, how many people have booked?",
            ),
            (
                "ann",
                "So far ninety one donors have booked. The blood service team can handle about a hundred and ten in one day.",
            ),
            ("organiser", "So we've got some spare room."),
            ("ann", "We do, and walk in donors are welcome, but they may have to wait."),
            ("organiser", "Gary, what about the hall?"),
            (
                "gary",
                "The church hall is booked from eight in the morning until seven at night. I had to move the choir practice to Wednesday.",
            ),
            ("organiser", "Thanks. Were they upset?"),
            ("gary", "Not really. The choir leader is a regular donor herself."),
            (
                "organiser",
                "Good. Ann, last time quite a few people were turned away. Why was that?",
            ),
            (
                "ann",
                "Mostly low iron levels. Donors should eat a proper meal beforehand and drink plenty of water.",
            ),
            ("organiser", "Should we put that on the posters?"),
            ("ann", "Yes, definitely, in big letters."),
            (
                "gary",
                "I'd also print them in Polish. We have a large Polish community near the factory, and many of them have never been asked to donate.",
            ),
            ("organiser", "Good idea. Who's doing the refreshments?"),
            (
                "gary",
                "The bakery on the high street offered free biscuits and cake for the whole day.",
            ),
            ("organiser", "Lovely. Let's meet again next Monday to finalise everything."),
        ],
    },
    # ---- theme: sport and clubs -------------------------------------------------
    "swim_club_meeting": {
        "voices": {"chair": "kal", "coach": "espeak_rp", "parent": "slt", "treasurer": "awb"},
        "turns": [
            (
                "chair",
                "Thanks for coming, everyone. As you know, the leisure centre is cutting our pool time from six hours a week to four. Coach, what does that mean for the squads?",
            ),
            (
                "coach",
                "It means the beginners lose their Friday session. The older swimmers keep their early mornings, because they have regional competitions coming up.",
            ),
            (
                "parent",
                "That seems unfair. My daughter is nine, and Friday is the only night she can come.",
            ),
            ("coach", "I understand. It was a hard choice."),
            ("chair", "Is there any other pool we could use?"),
            (
                "coach",
                "The school in Riverside has a small pool that's empty on Friday evenings. They'd charge us forty pounds an hour.",
            ),
            ("chair", "Can we afford that?"),
            (
                "treasurer",
                "Only if we raise fees. Two extra pounds a month per swimmer would cover it.",
            ),
            ("parent", "I'd happily pay that. Most parents I've spoken to would too."),
            ("chair", "Right. And is the school pool safe for the little ones?"),
            (
                "coach",
                "It's actually better for them. The water is only a metre deep, so they can stand up, and that builds confidence.",
            ),
            ("chair", "Then I propose we vote on the fee rise at the next meeting."),
            (
                "treasurer",
                "We should also ask the leisure centre why they cut us. I heard it was to make room for a paid aqua fitness class.",
            ),
            ("parent", "Typical."),
            ("chair", "Let's keep it polite. I'll write to the centre manager this week."),
        ],
    },
    "walking_football": {
        "voices": {"host": "espeak_us", "brian": "rms", "joan": "espeak_f"},
        "turns": [
            (
                "host",
                "This week on Local Sport we're talking about walking football, which is exactly what it sounds like. I'm joined by Brian, who set up the Thursday group, and Joan, one of the players. Brian, what are the rules?",
            ),
            (
                "brian",
                "The main one is that nobody is allowed to run. If you jog, the other side gets a free kick.",
            ),
            ("host", "And the ball can't go above head height, I think?"),
            ("brian", "Exactly, yes."),
            ("host", "How did it all start?"),
            (
                "brian",
                "After my knee operation, my doctor told me to stay active but stop playing proper matches. I put a note in the newsagent's window, and six men turned up the first week.",
            ),
            ("host", "Joan, you were the first woman to join?"),
            (
                "joan",
                "I was. My husband kept coming home so cheerful that I went along to see what the fuss was about.",
            ),
            ("host", "How many play now?"),
            (
                "joan",
                "About thirty, and the oldest is eighty one. He's still one of our best defenders.",
            ),
            ("host", "What do people get out of it besides exercise?"),
            (
                "joan",
                "Mostly the company, I think. Several of our members lost their partners recently, and the cup of tea afterwards matters as much as the game.",
            ),
            ("host", "Does it cost much?"),
            (
                "brian",
                "Three pounds a session, which pays for the hall and the tea. Nobody is turned away if they can't pay.",
            ),
            ("host", "Any plans for the future?"),
            ("brian", "We've entered a regional tournament in May. Joan is our captain."),
            ("joan", "Which terrifies me!"),
        ],
    },
}

QUESTIONS = [
    # (question, conversation name, [distinctive start of each sentence that answers it])
    # wind_coop
    ("In what year did the village wind project get going?", "wind_coop", ["It started in a pub"]),
    (
        "How many people had joined the cooperative when shares went on sale?",
        "wind_coop",
        ["By the time we"],
    ),
    ("What was the total price of the turbine?", "wind_coop", ["Just under two million"]),
    (
        "What is the minimum investment to become a member of the wind cooperative?",
        "wind_coop",
        ["Only fifty pounds each"],
    ),
    (
        "Why did the wind cooperative keep the entry amount so low?",
        "wind_coop",
        ["We wanted pensioners and"],
    ),
    ("Why was the turbine's position changed?", "wind_coop", ["A group of walkers"]),
    (
        "What yearly return do investors in the turbine receive?",
        "wind_coop",
        ["Members get around four"],
    ),
    ("What has the turbine's profit been spent on?", "wind_coop", ["Mostly insulation for older"]),
    (
        "What nearly caused the wind project to collapse?",
        "wind_coop",
        ["The grid connection contract"],
    ),
    # warm_homes_meeting
    (
        "How many homes had their lofts insulated on the first street?",
        "warm_homes_meeting",
        ["Sixty two houses got"],
    ),
    (
        "By how much did people's energy bills go down after the retrofit?",
        "warm_homes_meeting",
        ["Average heating bills on"],
    ),
    ("What was the resident unhappy about?", "warm_homes_meeting", ["I live on Oak"]),
    (
        "What is being done about the noisy heat pumps?",
        "warm_homes_meeting",
        ["The installer has agreed"],
    ),
    (
        "When are the quieter fans going to be installed?",
        "warm_homes_meeting",
        ["Before the end of"],
    ),
    (
        "What did the upgrade of each house cost on average?",
        "warm_homes_meeting",
        ["Each home cost around"],
    ),
    (
        "How much of the retrofit was paid for by the government?",
        "warm_homes_meeting",
        ["The national grant covered"],
    ),
    (
        "Why will the scheme move on to Mill Lane?",
        "warm_homes_meeting",
        ["Mill Lane, because most"],
    ),
    (
        "What did the resident recommend the council do before starting work on the next street?",
        "warm_homes_meeting",
        ["I'd suggest you hold"],
    ),
    # market_callin
    ("How long has the first caller been a stallholder?", "market_callin", ["I've sold eggs and"]),
    (
        "What is the honey seller afraid of at the new market site?",
        "market_callin",
        ["The cattle yard has"],
    ),
    (
        "Will every stall get a cover at the new location?",
        "market_callin",
        ["They promised canopies, but"],
    ),
    (
        "How many traders can the new market site hold compared with the old one?",
        "market_callin",
        ["The old square only"],
    ),
    (
        "Why does the vegetable grower think the move will help shoppers?",
        "market_callin",
        ["But there's free parking"],
    ),
    (
        "What does the farmer sell during the cold months?",
        "market_callin",
        ["Potatoes and leeks in"],
    ),
    (
        "Which fruit earns the farmer enough to cover his pitch?",
        "market_callin",
        ["Strawberries alone pay for"],
    ),
    (
        "Under what condition would Linda accept the relocation?",
        "market_callin",
        ["If they sort out"],
    ),
    (
        "When does the market start trading at its new home?",
        "market_callin",
        ["The market opens at"],
    ),
    # community_orchard
    (
        "How many trees did the orchard have at the beginning?",
        "community_orchard",
        ["We started with thirty"],
    ),
    (
        "What fruit grows in the community orchard?",
        "community_orchard",
        ["Mostly apples, with some"],
    ),
    (
        "What is the advantage of the old varieties over shop-bought types?",
        "community_orchard",
        ["They cope better with"],
    ),
    ("How many people look after the orchard?", "community_orchard", ["A group of about"]),
    (
        "When do the orchard helpers meet to do maintenance?",
        "community_orchard",
        ["We meet on the"],
    ),
    (
        "How much apple juice did the orchard produce last season?",
        "community_orchard",
        ["Last year we made"],
    ),
    (
        "What does the orchard do with the money from the juice?",
        "community_orchard",
        ["We sell it to"],
    ),
    ("What happened to the plum trees early on?", "community_orchard", ["Deer ate most of"]),
    (
        "What are visitors asked to do when they pick fruit?",
        "community_orchard",
        ["We just ask people"],
    ),
    # village_clinic
    (
        "Why did the health centre come close to shutting down?",
        "village_clinic",
        ["We lost three of"],
    ),
    (
        "Which kinds of patients does the nurse now look after herself?",
        "village_clinic",
        ["I now see most"],
    ),
    (
        "How long did patients have to wait to see the doctor before, and how long now?",
        "village_clinic",
        ["I used to have"],
    ),
    ("On which days are the late surgery sessions?", "village_clinic", ["Yes, on Tuesdays and"]),
    (
        "Why did the practice introduce evening appointments?",
        "village_clinic",
        ["Farm workers and commuters"],
    ),
    (
        "How quickly do the evening appointments get booked up?",
        "village_clinic",
        ["The evening slots are"],
    ),
    (
        "When does the money for the additional nurses run out?",
        "village_clinic",
        ["The extra nurse posts"],
    ),
    (
        "What service would go first if the grant is not extended?",
        "village_clinic",
        ["Then we'd probably have"],
    ),
    # blood_drive_meeting
    (
        "How many people have signed up to give blood so far?",
        "blood_drive_meeting",
        ["So far ninety one"],
    ),
    (
        "What is the most donors the team can see in a day?",
        "blood_drive_meeting",
        ["The blood service team"],
    ),
    (
        "Can people turn up to donate without an appointment?",
        "blood_drive_meeting",
        ["We do, and walk"],
    ),
    (
        "What hours is the venue reserved for the donation session?",
        "blood_drive_meeting",
        ["The church hall is"],
    ),
    (
        "Why was the choir fine about changing its rehearsal night?",
        "blood_drive_meeting",
        ["The choir leader is"],
    ),
    (
        "Why were donors sent home at the previous session?",
        "blood_drive_meeting",
        ["Mostly low iron levels"],
    ),
    (
        "What should people do before coming to give blood?",
        "blood_drive_meeting",
        ["Donors should eat a"],
    ),
    ("Why did Gary want the posters translated?", "blood_drive_meeting", ["We have a large"]),
    ("Who is supplying snacks for the donors?", "blood_drive_meeting", ["The bakery on the"]),
    # swim_club_meeting
    ("How much pool time is the swimming club losing?", "swim_club_meeting", ["As you know, the"]),
    (
        "Which swimmers lose a training night because of the cut?",
        "swim_club_meeting",
        ["It means the beginners"],
    ),
    (
        "Why do the senior swimmers keep their morning sessions?",
        "swim_club_meeting",
        ["The older swimmers keep"],
    ),
    (
        "What would it cost per hour to hire the other pool?",
        "swim_club_meeting",
        ["They'd charge us forty"],
    ),
    (
        "How big a subscription increase would pay for the extra pool?",
        "swim_club_meeting",
        ["Two extra pounds a"],
    ),
    (
        "Why does the coach think the school pool is good for small children?",
        "swim_club_meeting",
        ["The water is only"],
    ),
    (
        "What does the treasurer suspect is behind the leisure centre's decision?",
        "swim_club_meeting",
        ["I heard it was"],
    ),
    (
        "What will the chair do about the leisure centre?",
        "swim_club_meeting",
        ["I'll write to the"],
    ),
    # walking_football
    (
        "What is the penalty for running in walking football?",
        "walking_football",
        ["If you jog, the"],
    ),
    (
        "What made Brian set up the walking football group?",
        "walking_football",
        ["After my knee operation"],
    ),
    ("How many players came along at the very beginning?", "walking_football", ["I put a note"]),
    (
        "What persuaded Joan to give walking football a try?",
        "walking_football",
        ["My husband kept coming"],
    ),
    ("How old is the oldest player in the group?", "walking_football", ["About thirty, and the"]),
    (
        "What do the players value most apart from getting fit?",
        "walking_football",
        ["Mostly the company, I"],
    ),
    ("How much does each game cost the players?", "walking_football", ["Three pounds a session"]),
    (
        "What competition has the team signed up for?",
        "walking_football",
        ["We've entered a regional"],
    ),
]
