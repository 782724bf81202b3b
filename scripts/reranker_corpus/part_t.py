"""Media production conversations (recording, scouting, publishing, magazines, radio, pitches, writers' rooms) with paraphrased questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "t_folk_album_session": {
        "turns": [
            (
                "producer",
                "Right, before we start, let's go over the plan for this week at Holloway Barn. We've got the room for five days, and it costs £600 a day including the engineer.",
            ),
            ("singer", "That's more than the place in Leeds quoted us, isn't it?"),
            (
                "producer",
                "Leeds wanted £450, but they had no piano and the live room was tiny. I think the extra money is worth it for the sound of this room.",
            ),
            (
                "engineer",
                "The ceiling here is nearly 9 metres high, so the natural reverb is lovely on voices.",
            ),
            ("singer", "Good. How many songs are we actually tracking?"),
            ("producer", "Twelve, although my guess is only ten make the album."),
            (
                "singer",
                "Actually I'd say eleven. The label asked for a bonus track for the vinyl edition.",
            ),
            ("producer", "Fair enough."),
            ("engineer", "Do you want to record live as a band or build it up in layers?"),
            (
                "singer",
                "Live, for most of them. The fiddle and the guitar need to breathe together. We tried overdubbing on the last record and it felt stiff.",
            ),
            (
                "engineer",
                "Then I'll put the fiddle player behind screens in the corner so the bleed stays manageable.",
            ),
            ("producer", "What about vocals? Same time?"),
            (
                "singer",
                "Yes, except for the two ballads. Those I want to do on Thursday evening, when my voice is warmer and the building is quiet.",
            ),
            (
                "engineer",
                "Thursday evening works. The farm stops the grain dryer at six, so we won't have that hum.",
            ),
            (
                "producer",
                "One more thing. Mixing isn't happening here. We're sending it to Priya Shah in Bristol, and she wants the files by the 14th of March.",
            ),
            ("singer", "Perfect."),
        ],
    },
    "t_brass_section_session": {
        "turns": [
            (
                "composer",
                "Thanks for coming in early. We've got the brass section booked from ten until one, and I want to get all four cues done before lunch.",
            ),
            (
                "fixer",
                "Four cues in three hours is tight. Last time we managed three, and that was with a smaller section.",
            ),
            ("composer", "How many players did you get in the end?"),
            (
                "fixer",
                "Seven players in total. Two trumpets, two trombones, a tuba and two horns. I tried for a third trumpet, but everyone good was on a West End show this week.",
            ),
            (
                "engineer",
                "Seven is fine for this room. I'll use one pair of ribbon mics above the section and spot mics on the horns.",
            ),
            ("composer", "Why the horns particularly?"),
            (
                "engineer",
                "They point backwards, so in a room this dry they disappear unless you give them their own microphone.",
            ),
            ("composer", "Makes sense."),
            (
                "fixer",
                "Money question. The players are on the standard rate of £190 for the three hours, but if we run over, each extra half hour is £48 a head.",
            ),
            (
                "composer",
                "So going over by an hour would cost us nearly seven hundred pounds. That's exactly why I want to finish by one.",
            ),
            (
                "engineer",
                "Then I'd record the hardest cue first, the chase scene, while lips are fresh.",
            ),
            (
                "composer",
                "I had planned to leave it till last, but you're right. Brass players tire quickly.",
            ),
            (
                "fixer",
                "Also, the tuba player has to leave at quarter to one for another session in Ealing.",
            ),
            ("composer", "Noted. We'll do the tuba-heavy opening titles second, then."),
            ("engineer", "Are we printing a click track for them?"),
            (
                "composer",
                "Only for the chase. The other three should feel loose, almost like a village band.",
            ),
        ],
    },
    "t_location_farmhouse": {
        "turns": [
            ("director", "So what did you find in Powys? Tell me about the farmhouse."),
            (
                "scout",
                "It's called Pen-y-Bryn, about 40 minutes from Llandrindod Wells. Stone building, slate roof, and nothing modern visible from the yard except one telephone pole.",
            ),
            ("director", "Can we lose the pole?"),
            (
                "scout",
                "Digitally, yes. The owners won't let us take it down, because it carries their only landline.",
            ),
            ("producer", "What are they asking?"),
            (
                "scout",
                "They opened at £2,000 a day. I got them down to £1,400, plus we repaint the barn doors when we leave.",
            ),
            (
                "producer",
                "That's reasonable. The other option was the mill near Hay, and that was 2,500.",
            ),
            ("director", "The mill had better interiors though."),
            (
                "scout",
                "It did, but the access road floods, and the council wouldn't promise it would be open in November.",
            ),
            (
                "director",
                "Fair point. What about the kitchen? That's where half of episode two happens.",
            ),
            (
                "scout",
                "The kitchen's the best bit. Original range, flagstone floor, low beams. The only problem is it's small, about four metres by five, so you'll fit camera and two actors and that's it.",
            ),
            ("director", "I can live with that. We'll shoot wide through the doorway."),
            ("producer", "Parking for the trucks?"),
            (
                "scout",
                "There's a field below the house the farmer will let us use, but only after the 20th of October, when the sheep come down.",
            ),
            ("producer", "And power?"),
            ("scout", "We'll bring a generator. The farm supply is too weak for our lights."),
            ("director", "Good work. Let's go and look at it together on Monday."),
        ],
    },
    "t_location_harbour": {
        "turns": [
            ("director", "How did the harbour look? I've only seen the photos."),
            (
                "scout",
                "Better than the photos. Porthcarrow has a curved stone quay, about 200 metres long, and the light at low tide is amazing.",
            ),
            ("director", "Low tide's when we want the boat scene?"),
            (
                "scout",
                "No, the opposite. For the body in the water we need high tide, and in the week we're there it peaks around 7 in the morning.",
            ),
            ("ad", "So an early call. Crew on set by five."),
            ("director", "Fine. What does the harbourmaster think?"),
            (
                "scout",
                "He's friendly, but he won't close the quay completely. The fishing boats land their catch between two and four each afternoon, so we'd have to stop then.",
            ),
            (
                "ad",
                "That actually suits us. We break for lunch and do the interior scenes in the net loft.",
            ),
            ("director", "Is the net loft usable?"),
            (
                "scout",
                "Yes, and it's cheap. They want £300 a day for the loft and £900 for the quay.",
            ),
            ("director", "What about the pub we talked about?"),
            (
                "scout",
                "The Anchor said no. The landlord had a bad experience with a TV crew in 2019 who left a mess. I'd suggest the Ship Inn instead, two streets back, which looks almost the same from outside.",
            ),
            (
                "ad",
                "Accommodation's the worry. It's August, and the town is full of holidaymakers.",
            ),
            (
                "scout",
                "I've held twenty rooms at a caravan park in Mevagissey, 25 minutes away. That's the best we'll do.",
            ),
            ("director", "Twenty won't cover everyone."),
            ("ad", "The rest can stay in Truro and drive."),
        ],
    },
    "t_editorial_memoir": {
        "turns": [
            (
                "publisher",
                "Next item, the mountain rescue memoir by Gareth Lewis. Where are we with it?",
            ),
            (
                "editor",
                "The manuscript came in at 140,000 words. I've told him we need it under 100,000.",
            ),
            ("publisher", "That's a big cut. How did he take it?"),
            (
                "editor",
                "Better than I expected. He agreed to drop the chapters about his childhood, which were the slowest part anyway.",
            ),
            ("marketing", "Shame, the childhood bits had that story about the flood."),
            ("editor", "We're keeping the flood. It's moving to the prologue."),
            ("publisher", "Good. And the title? I still don't love Ropes and Ridges."),
            (
                "marketing",
                "Neither does the sales team. Booksellers said it sounds like a climbing manual. We tested three options and The Long Night Out won clearly.",
            ),
            (
                "editor",
                "Gareth's happy with that, as long as his dog gets a mention in the subtitle.",
            ),
            ("publisher", "We can talk about that. Publication date?"),
            ("editor", "I'd hoped for next spring, but with the cuts, realistically September."),
            (
                "marketing",
                "September's actually better for us. It gives us the Christmas gift market, and the Kendal festival is in November.",
            ),
            ("publisher", "What's the print run?"),
            (
                "marketing",
                "We're proposing 6,000 in hardback, with a paperback the following summer.",
            ),
            (
                "publisher",
                "Make it 5,000. Memoirs from first-time authors are risky, and we can always reprint.",
            ),
            ("editor", "One more thing. He wants photographs, about 30 of them."),
            (
                "publisher",
                "Eight pages of colour plates at most. Anything more and the price goes over £20.",
            ),
        ],
    },
    "t_editorial_cookbook": {
        "turns": [
            ("editor", "Let's start with the cookbook. Amira's sent the final list, 85 recipes."),
            ("designer", "Eighty-five is a lot for 256 pages if every recipe gets a photo."),
            ("publisher", "Does every recipe need one?"),
            ("designer", "Readers expect it now. Cookbooks without pictures don't sell, honestly."),
            (
                "editor",
                "I'd disagree a little. Her audience follows her for the stories, not the styling. I'd photograph 60 and give the rest a drawing.",
            ),
            ("publisher", "What does the photography cost?"),
            (
                "designer",
                "The shoot is twelve days with a food stylist. The quote we have is £18,000.",
            ),
            ("publisher", "That's over what we budgeted. We put aside fifteen."),
            ("designer", "If we go down to 60 photos, it drops to ten days, so about £15,500."),
            ("publisher", "Close enough. Do that."),
            (
                "editor",
                "The other issue is testing. Two of the bread recipes failed when our tester made them.",
            ),
            ("publisher", "Failed how?"),
            (
                "editor",
                "The dough didn't rise, because the yeast quantities were written for fresh yeast, and most readers use dried. Amira is rewriting both.",
            ),
            ("designer", "What about the cover? She wanted herself on it."),
            (
                "publisher",
                "She can be on the back. The front should be the lamb dish, it's the one everyone talks about on her channel.",
            ),
            ("editor", "She won't love that, but I'll explain."),
        ],
    },
    "t_magazine_spring_issue": {
        "turns": [
            (
                "editor",
                "Okay, the April issue. We've got 132 pages this time, up from 116, because advertising came in strong.",
            ),
            ("ads", "Garden centres mostly. Fourteen pages of ads from them alone."),
            ("editor", "Great. Cover story. What have we got?"),
            (
                "features",
                "Two options. A piece on small city balconies, or the couple in Norfolk who dug a wildlife pond the size of a tennis court.",
            ),
            (
                "art",
                "The pond has better pictures. The balcony shoot was on a grey day and it looks flat.",
            ),
            (
                "features",
                "But the balcony piece speaks to more readers. Half our subscribers live in flats now, according to the survey.",
            ),
            ("editor", "Where did that figure come from?"),
            ("features", "The reader survey in January, about 3,000 responses."),
            (
                "editor",
                "Then let's do this. Pond on the cover, balconies as the lead feature inside, eight pages.",
            ),
            ("art", "I can live with that."),
            (
                "ads",
                "Can I ask that the balcony feature isn't next to the furniture ads? One advertiser complained last time their page sat opposite a competitor.",
            ),
            ("editor", "Sure. Move the furniture block to the back section."),
            ("features", "What about the columnist? Margaret wants to write about peat again."),
            ("editor", "She did peat in October. Ask her for something on seed swaps instead."),
            ("art", "Deadline for final pages?"),
            (
                "editor",
                "Everything to the printer by the 6th of March, so copy by the 24th of February.",
            ),
        ],
    },
    "t_magazine_travel_issue": {
        "turns": [
            (
                "editor",
                "Right, the July travel special. We have budget for three commissioned trips, and I want one of them outside Europe.",
            ),
            (
                "writer",
                "I pitched Georgia, the country, not the state. Tbilisi and then the wine region.",
            ),
            ("editor", "I like it. What would it cost?"),
            (
                "writer",
                "Flights and ten days on the ground, around £2,800 including the photographer.",
            ),
            (
                "photo",
                "Can I push back? We ran a wine region piece in March, Portugal. Readers will see it as repetition.",
            ),
            (
                "writer",
                "It's a different angle though. I'd focus on the mountain villages and the old Soviet spa towns, not the wine.",
            ),
            ("editor", "Then pitch it that way. Georgia's in. What else?"),
            (
                "photo",
                "The Scottish islands by ferry and bike. No flying, which fits the sustainability theme.",
            ),
            ("editor", "Who's doing it?"),
            (
                "photo",
                "Tom, the freelancer from Aberdeen. He's cheaper because he lives up there, maybe £900 all in.",
            ),
            ("editor", "Good. The third was going to be Iceland, but the rates have gone mad."),
            ("writer", "How mad?"),
            (
                "editor",
                "A quote of £4,000 for a week, and that was without car hire. So I've swapped it for Slovenia, which we can do for half that.",
            ),
            ("photo", "Slovenia works for pictures. Lakes, caves, that kind of thing."),
            ("editor", "Copy deadline for all three is the 2nd of May. Pictures a week later."),
            ("writer", "Georgia in April then. Snow might still be on the passes."),
            ("editor", "Go late April, after the 20th."),
        ],
    },
    "t_radio_breakfast_move": {
        "turns": [
            (
                "manager",
                "Thanks for coming in. The main thing today is the breakfast show. From September we want it to start at six instead of seven.",
            ),
            ("presenter", "Six? That means getting up at four."),
            (
                "manager",
                "I know. But our listening figures show a big audience between six and seven, mostly people driving to early shifts, and right now they're hearing an automated playlist.",
            ),
            ("producer", "How big is big?"),
            (
                "manager",
                "About 18,000 listeners in that hour, according to the last survey. That's more than our whole Sunday afternoon.",
            ),
            ("presenter", "Does the show still finish at ten?"),
            ("manager", "No, it would end at nine. Same length, three hours."),
            ("presenter", "Okay, that's less painful than I thought."),
            ("producer", "What happens at nine then? Jess currently starts at ten."),
            (
                "manager",
                "Jess moves to nine till twelve. She's fine with it, she asked for an earlier finish anyway so she can do school pickups.",
            ),
            ("presenter", "And the news bulletins?"),
            (
                "manager",
                "They stay on the hour. We're adding a traffic update at quarter past and quarter to, sponsored by the tyre place on Mill Road.",
            ),
            ("producer", "That's two more ad breaks."),
            ("manager", "Short ones, thirty seconds. We're not cluttering it."),
            (
                "presenter",
                "One request. If I'm starting at six, I'd like Fridays off every other week.",
            ),
            (
                "manager",
                "I can't promise that yet, but we'll trial a relief presenter for alternate Fridays from October.",
            ),
        ],
    },
    "t_radio_weekend_schedule": {
        "turns": [
            (
                "manager",
                "Let's sort out the weekend. We've lost the Saturday night jazz show, because Derek is moving to Spain at the end of the month.",
            ),
            ("volunteer", "That's a two-hour hole, eight till ten."),
            (
                "manager",
                "Right. We've had two proposals for it. One is a folk and roots show from Aisha, the other is a local bands show from the college students.",
            ),
            ("producer", "The student one would bring in a younger audience, which we badly need."),
            ("volunteer", "But can they commit? Students vanish in the summer holidays."),
            (
                "manager",
                "That's my worry too. They've offered to share it between four of them so someone's always around.",
            ),
            ("producer", "And Aisha?"),
            (
                "manager",
                "Aisha's experienced, she did eight years on hospital radio. But folk would sit right next to the Sunday morning acoustic show, and it feels like too much of the same.",
            ),
            ("volunteer", "So students on Saturday night?"),
            (
                "manager",
                "Students on Saturday night, for a three-month trial. And I'd offer Aisha the Wednesday slot, which opens up in January.",
            ),
            ("producer", "What about the licence? They'll want to play unsigned bands."),
            (
                "manager",
                "That's fine. Unsigned bands can give written permission, so it doesn't go through the usual licensing returns. They just need to keep a log of every track.",
            ),
            ("volunteer", "And training? None of them has run a desk."),
            ("producer", "I'll do two sessions with them, the Saturdays before launch."),
            ("manager", "First show on the 4th of November then."),
        ],
    },
    "t_pitch_bicycle_brand": {
        "turns": [
            (
                "account",
                "Okay, we pitch to Harlow Bikes on Thursday. They're spending 1.2 million this year and we're up against two other agencies.",
            ),
            ("director", "Who are the others?"),
            (
                "account",
                "Fenwick Partners and a small shop from Manchester whose name I always forget. Fenwick had the account until 2021.",
            ),
            ("planner", "Why did they lose it?"),
            (
                "account",
                "The client felt the ads were all about racing, and their sales are mostly commuters and families.",
            ),
            (
                "director",
                "Which is exactly what our idea fixes. The ordinary ride. Mums, nurses, kids going to school.",
            ),
            (
                "planner",
                "The research backs that up. In our survey, 70% of their buyers had never entered a race.",
            ),
            ("account", "Good. Use that number early. How long is the presentation?"),
            ("director", "Forty minutes, and we've asked for twenty more for questions."),
            ("account", "They gave us forty-five in total. Cut it down to thirty."),
            ("director", "Ouch. Then the second campaign route goes."),
            ("planner", "Can we keep it as a leave-behind? One page in the deck."),
            ("director", "Fine, one page. Not a word about it in the room though."),
            ("account", "What about the budget split? They'll ask."),
            (
                "planner",
                "We're recommending 60% on outdoor posters near cycle routes and stations, and the rest on social video.",
            ),
            ("director", "No TV. I've said it before, TV's wasted on a brand this size."),
            (
                "account",
                "Just be ready for pushback. Their marketing director came from a TV background.",
            ),
        ],
    },
    "t_pitch_cheese_debrief": {
        "turns": [
            (
                "lead",
                "So, the Dalesford Cheese pitch. We heard back this morning. We didn't get it.",
            ),
            ("writer", "Who won?"),
            (
                "lead",
                "It went to Brightwater. The client said it was close, but they went with the cheaper fee.",
            ),
            ("strategist", "How much cheaper?"),
            ("lead", "Their fee was about £85,000 for the year. Ours was 110."),
            ("writer", "So it was price, not the work?"),
            (
                "lead",
                "Mostly. They did say our idea was the best in the room. They loved the line about cheese that takes its time.",
            ),
            ("strategist", "What else did they mention?"),
            (
                "lead",
                "Two things. They thought our presentation ran long, we went ten minutes over the hour. And they wanted more on how we'd measure results.",
            ),
            (
                "strategist",
                "That one's on me. I cut the measurement slides on Tuesday night to save time.",
            ),
            ("writer", "Which didn't save time anyway."),
            (
                "lead",
                "No. Look, the lesson isn't to lower our fees. It's to rehearse with a stopwatch and never cut the numbers.",
            ),
            ("writer", "Can we reuse the idea?"),
            (
                "lead",
                "Not with another cheese brand, that would be unfair on Dalesford. But the slow craft angle could work for the brewery pitch in June.",
            ),
            (
                "strategist",
                "I'd want to test it with drinkers first. Beer buyers are a different crowd.",
            ),
            ("lead", "Agreed. Book two focus groups in May."),
        ],
    },
    "t_sitcom_writers_room": {
        "turns": [
            (
                "head",
                "Okay, episode four. We know the ending: Dennis finally tells his sister he sold their mum's caravan. How do we get there?",
            ),
            (
                "writer",
                "What if he tries to buy it back first? Act two is him failing to get it back from the new owner.",
            ),
            ("junior", "Who's the new owner?"),
            ("writer", "A retired magistrate who has already painted it purple."),
            ("head", "I like the purple. Keep that."),
            (
                "junior",
                "Could the owner be someone the sister knows? Then the secret's harder to keep.",
            ),
            ("head", "Go on."),
            (
                "junior",
                "Her yoga teacher. Dennis has to sit through a whole class just to talk to him.",
            ),
            ("writer", "That's better than mine, honestly. We can still use the purple."),
            ("head", "Agreed. The magistrate's gone, the yoga teacher stays. What's the B story?"),
            (
                "writer",
                "Gran's entering the pub quiz on her own because nobody will team up with her.",
            ),
            (
                "head",
                "We did a quiz in series one. Network notes said no more pubs this year anyway.",
            ),
            (
                "junior",
                "What about the library? She's trying to get a book removed from the shelves.",
            ),
            ("head", "Why?"),
            (
                "junior",
                "Because it's about her, written by her ex-husband, and it's surprisingly popular.",
            ),
            (
                "head",
                "That's the one. Right, runtime. We're at about 26 minutes on paper, we need 22.",
            ),
            (
                "writer",
                "Cut the opening at the petrol station. It's funny but it doesn't do anything.",
            ),
            ("head", "Painful, but yes. Draft to me by Friday, please."),
        ],
    },
    "t_sketch_writers_room": {
        "turns": [
            (
                "producer",
                "Right, running order for Saturday's recording. We've got eleven sketches and room for nine.",
            ),
            ("writer", "Which two are you thinking of dropping?"),
            ("producer", "The airport one, and probably the weather forecaster."),
            ("performer", "Not the forecaster. That got the biggest laugh at the read-through."),
            (
                "producer",
                "It did at the read-through, but it's four minutes long and the joke lands in the first thirty seconds.",
            ),
            (
                "writer",
                "I can cut it to ninety seconds. Lose the second map and the bit with the umbrella.",
            ),
            ("producer", "If you can get it under two minutes, it stays."),
            ("performer", "What goes instead then?"),
            (
                "producer",
                "The knitting circle. The audience at the last recording didn't get it, and it needs a set we haven't built.",
            ),
            ("writer", "That's fair. The set would cost more than the sketch is worth."),
            ("performer", "And the airport?"),
            (
                "producer",
                "Dropped for good. It's too close to something another show did in the spring.",
            ),
            ("writer", "Which show?"),
            (
                "producer",
                "Late Desk. Same premise, a security guard who's too friendly. Even if ours is better, reviewers will compare them.",
            ),
            ("performer", "Okay. What's opening?"),
            (
                "producer",
                "The vet sketch. Starting with an animal gets the audience warm, it worked every time last series.",
            ),
            ("writer", "And closing with the choir?"),
            (
                "producer",
                "Closing with the choir. The audience at Saturday's recording is 250 people, so let's finish big.",
            ),
        ],
    },
}

QUESTIONS = [
    # t_folk_album_session
    (
        "What's the daily rate for the barn studio where the folk album is being made?",
        "t_folk_album_session",
        ["We've got the room"],
    ),
    (
        "Why did they turn down the cheaper studio in Leeds?",
        "t_folk_album_session",
        ["Leeds wanted £450, but"],
    ),
    (
        "What makes the barn good for recording singing?",
        "t_folk_album_session",
        ["The ceiling here is"],
    ),
    (
        "Why does the singer think eleven songs will make the record rather than ten?",
        "t_folk_album_session",
        ["Actually I'd say eleven.", "The label asked for"],
    ),
    (
        "Why didn't the band want to build the songs up part by part?",
        "t_folk_album_session",
        ["We tried overdubbing on"],
    ),
    (
        "How is the engineer going to stop the fiddle leaking into other microphones?",
        "t_folk_album_session",
        ["Then I'll put the"],
    ),
    (
        "When will the slow songs be sung, and why then?",
        "t_folk_album_session",
        ["Those I want to"],
    ),
    (
        "Why won't there be background noise during the evening vocal session?",
        "t_folk_album_session",
        ["The farm stops the"],
    ),
    (
        "Who is mixing the folk record and when does she need the files?",
        "t_folk_album_session",
        ["We're sending it to"],
    ),
    # t_brass_section_session
    (
        "What hours is the brass section booked for?",
        "t_brass_section_session",
        ["We've got the brass"],
    ),
    (
        "How many brass musicians were hired for the session?",
        "t_brass_section_session",
        ["Seven players in total."],
    ),
    (
        "Why couldn't the fixer find a third trumpet player?",
        "t_brass_section_session",
        ["I tried for a"],
    ),
    (
        "Why do the horns need separate microphones?",
        "t_brass_section_session",
        ["They point backwards, so"],
    ),
    (
        "How much extra does each player get paid if the session overruns?",
        "t_brass_section_session",
        ["The players are on"],
    ),
    (
        "Roughly what would running an hour late cost the composer?",
        "t_brass_section_session",
        ["So going over by"],
    ),
    (
        "Which cue did the engineer suggest doing first, and why?",
        "t_brass_section_session",
        ["Then I'd record the"],
    ),
    (
        "Why do the opening titles have to be recorded early in the session?",
        "t_brass_section_session",
        ["Also, the tuba player", "We'll do the tuba-heavy"],
    ),
    (
        "Which piece will the brass players hear a click on?",
        "t_brass_section_session",
        ["Only for the chase."],
    ),
    # t_location_farmhouse
    (
        "How far is the Welsh farmhouse from the nearest town?",
        "t_location_farmhouse",
        ["It's called Pen-y-Bryn,"],
    ),
    (
        "Why is the telephone pole staying up at the farmhouse?",
        "t_location_farmhouse",
        ["The owners won't let"],
    ),
    (
        "What did the farmhouse owners first ask for per day?",
        "t_location_farmhouse",
        ["They opened at £2,000"],
    ),
    (
        "What price was finally agreed for the farmhouse, and what else did the crew promise?",
        "t_location_farmhouse",
        ["I got them down"],
    ),
    (
        "What was the director's reason for liking the mill?",
        "t_location_farmhouse",
        ["The mill had better"],
    ),
    ("Why was the mill near Hay ruled out?", "t_location_farmhouse", ["It did, but the"]),
    ("How small is the farmhouse kitchen?", "t_location_farmhouse", ["The only problem is"]),
    (
        "When can the production park its lorries in the field?",
        "t_location_farmhouse",
        ["There's a field below"],
    ),
    (
        "Why can't they plug the lights into the farm's electricity?",
        "t_location_farmhouse",
        ["The farm supply is"],
    ),
    # t_location_harbour
    (
        "How long is the stone quay at the Cornish harbour?",
        "t_location_harbour",
        ["Porthcarrow has a curved"],
    ),
    (
        "What time is high water during the week of the harbour shoot?",
        "t_location_harbour",
        ["For the body in"],
    ),
    (
        "What time do the crew have to be ready at the harbour?",
        "t_location_harbour",
        ["Crew on set by"],
    ),
    (
        "Why does filming on the quay have to pause in the afternoon?",
        "t_location_harbour",
        ["The fishing boats land"],
    ),
    (
        "What will the unit shoot while the fishing boats are unloading?",
        "t_location_harbour",
        ["We break for lunch"],
    ),
    (
        "How much is the net loft per day compared with the quay?",
        "t_location_harbour",
        ["They want £300 a"],
    ),
    (
        "Why did the Anchor refuse to have the film crew?",
        "t_location_harbour",
        ["The landlord had a"],
    ),
    ("Which pub did the scout recommend instead?", "t_location_harbour", ["I'd suggest the Ship"]),
    (
        "Where will crew members without a caravan room sleep?",
        "t_location_harbour",
        ["The rest can stay"],
    ),
    # t_editorial_memoir
    (
        "How long was the rescue memoir when the author handed it in?",
        "t_editorial_memoir",
        ["The manuscript came in"],
    ),
    ("What word limit did the editor give the author?", "t_editorial_memoir", ["I've told him we"]),
    ("Which chapters is the author cutting?", "t_editorial_memoir", ["He agreed to drop"]),
    (
        "Where does the flood story end up in the memoir?",
        "t_editorial_memoir",
        ["It's moving to the"],
    ),
    (
        "What was wrong with the original title, according to the shops?",
        "t_editorial_memoir",
        ["Booksellers said it sounds"],
    ),
    ("What new title did the memoir get?", "t_editorial_memoir", ["We tested three options"]),
    (
        "Why is marketing pleased the memoir slipped to the autumn?",
        "t_editorial_memoir",
        ["It gives us the"],
    ),
    (
        "How many hardbacks did the publisher decide to print, and why fewer than proposed?",
        "t_editorial_memoir",
        ["Make it 5,000.", "Memoirs from first-time authors"],
    ),
    ("How many pictures can go in the memoir?", "t_editorial_memoir", ["Eight pages of colour"]),
    # t_editorial_cookbook
    (
        "How many recipes is the cookbook going to have?",
        "t_editorial_cookbook",
        ["Amira's sent the final"],
    ),
    (
        "Who argued that every recipe has to have a photograph?",
        "t_editorial_cookbook",
        ["Readers expect it now."],
    ),
    (
        "Why doesn't the editor think the cookbook needs a photo for each dish?",
        "t_editorial_cookbook",
        ["Her audience follows her"],
    ),
    (
        "What should the recipes without photographs get instead?",
        "t_editorial_cookbook",
        ["I'd photograph 60 and"],
    ),
    (
        "What was the original price quoted for the food photography?",
        "t_editorial_cookbook",
        ["The quote we have"],
    ),
    (
        "How much had the publisher budgeted for photography?",
        "t_editorial_cookbook",
        ["We put aside fifteen."],
    ),
    (
        "What would a smaller photo shoot cost, and how long would it take?",
        "t_editorial_cookbook",
        ["If we go down"],
    ),
    (
        "Why did the bread recipes go wrong in testing?",
        "t_editorial_cookbook",
        ["The dough didn't rise,"],
    ),
    (
        "What picture will be on the front of the cookbook and why?",
        "t_editorial_cookbook",
        ["The front should be"],
    ),
    # t_magazine_spring_issue
    (
        "Why is the April issue bigger than usual?",
        "t_magazine_spring_issue",
        ["We've got 132 pages"],
    ),
    (
        "How much advertising did the garden centres take?",
        "t_magazine_spring_issue",
        ["Fourteen pages of ads"],
    ),
    (
        "Why didn't the art director want the balcony story on the cover?",
        "t_magazine_spring_issue",
        ["The balcony shoot was"],
    ),
    (
        "What proportion of subscribers live in flats?",
        "t_magazine_spring_issue",
        ["Half our subscribers live"],
    ),
    (
        "Where did the numbers about readers' housing come from?",
        "t_magazine_spring_issue",
        ["The reader survey in"],
    ),
    (
        "What was decided about the cover and the balcony feature?",
        "t_magazine_spring_issue",
        ["Pond on the cover,"],
    ),
    (
        "What did the ad sales person ask for, and why?",
        "t_magazine_spring_issue",
        ["Can I ask that", "One advertiser complained last"],
    ),
    (
        "What topic should the columnist cover this time?",
        "t_magazine_spring_issue",
        ["Ask her for something"],
    ),
    (
        "When do writers have to file their copy for April?",
        "t_magazine_spring_issue",
        ["Everything to the printer"],
    ),
    # t_magazine_travel_issue
    (
        "How many paid trips can the travel special afford?",
        "t_magazine_travel_issue",
        ["We have budget for"],
    ),
    ("How much would the Georgia trip cost?", "t_magazine_travel_issue", ["Flights and ten days"]),
    (
        "Why did the picture editor object to the Georgia idea?",
        "t_magazine_travel_issue",
        ["We ran a wine"],
    ),
    (
        "How will the Georgia feature avoid repeating an earlier story?",
        "t_magazine_travel_issue",
        ["I'd focus on the"],
    ),
    (
        "Why does the Scottish islands trip suit the magazine's theme?",
        "t_magazine_travel_issue",
        ["No flying, which fits"],
    ),
    (
        "Why is the Aberdeen freelancer less expensive?",
        "t_magazine_travel_issue",
        ["He's cheaper because he"],
    ),
    ("Why was Iceland replaced, and by where?", "t_magazine_travel_issue", ["A quote of £4,000"]),
    (
        "When are the photographs due for the travel special?",
        "t_magazine_travel_issue",
        ["Pictures a week later."],
    ),
    (
        "When did the editor tell the writer to go to Georgia?",
        "t_magazine_travel_issue",
        ["Go late April, after"],
    ),
    # t_radio_breakfast_move
    (
        "What change is planned to the breakfast show's start time?",
        "t_radio_breakfast_move",
        ["From September we want"],
    ),
    (
        "Who is listening in the early hour before the breakfast show?",
        "t_radio_breakfast_move",
        ["But our listening figures"],
    ),
    (
        "How many listeners does the station have between six and seven?",
        "t_radio_breakfast_move",
        ["About 18,000 listeners in"],
    ),
    (
        "What time would the morning show end under the new plan?",
        "t_radio_breakfast_move",
        ["No, it would end"],
    ),
    (
        "Why doesn't Jess mind moving to an earlier slot?",
        "t_radio_breakfast_move",
        ["She's fine with it,"],
    ),
    (
        "What new feature is being added to the breakfast show, and who sponsors it?",
        "t_radio_breakfast_move",
        ["We're adding a traffic"],
    ),
    (
        "How long will the extra advert breaks be?",
        "t_radio_breakfast_move",
        ["Short ones, thirty seconds."],
    ),
    (
        "Did the breakfast presenter get every other Friday off?",
        "t_radio_breakfast_move",
        ["I can't promise that"],
    ),
    # t_radio_weekend_schedule
    (
        "Why is the Saturday jazz programme ending?",
        "t_radio_weekend_schedule",
        ["We've lost the Saturday"],
    ),
    (
        "Which hours need a new programme on Saturday night?",
        "t_radio_weekend_schedule",
        ["That's a two-hour hole,"],
    ),
    (
        "What's the case for giving the slot to the college students?",
        "t_radio_weekend_schedule",
        ["The student one would"],
    ),
    (
        "How will the students keep the show going over the summer?",
        "t_radio_weekend_schedule",
        ["They've offered to share"],
    ),
    (
        "What radio experience does Aisha have?",
        "t_radio_weekend_schedule",
        ["Aisha's experienced, she did"],
    ),
    (
        "Why didn't the folk show get the Saturday night slot?",
        "t_radio_weekend_schedule",
        ["But folk would sit"],
    ),
    ("What consolation was Aisha offered?", "t_radio_weekend_schedule", ["And I'd offer Aisha"]),
    (
        "What record-keeping do the students need when playing unsigned music?",
        "t_radio_weekend_schedule",
        ["They just need to"],
    ),
    (
        "Who is training the students to use the desk, and when?",
        "t_radio_weekend_schedule",
        ["I'll do two sessions"],
    ),
    # t_pitch_bicycle_brand
    (
        "What's the bike company's annual advertising spend?",
        "t_pitch_bicycle_brand",
        ["They're spending 1.2 million"],
    ),
    (
        "Which agency used to handle the bike account?",
        "t_pitch_bicycle_brand",
        ["Fenwick had the account"],
    ),
    (
        "Why did the previous agency lose the bicycle business?",
        "t_pitch_bicycle_brand",
        ["The client felt the"],
    ),
    (
        "What share of the bike buyers had never raced?",
        "t_pitch_bicycle_brand",
        ["In our survey, 70%"],
    ),
    (
        "How much time do they actually have for the presentation?",
        "t_pitch_bicycle_brand",
        ["They gave us forty-five", "Cut it down to"],
    ),
    (
        "What happens to the second creative route after the pitch is shortened?",
        "t_pitch_bicycle_brand",
        ["Then the second campaign", "Can we keep it"],
    ),
    (
        "How does the agency suggest splitting the media money?",
        "t_pitch_bicycle_brand",
        ["We're recommending 60% on"],
    ),
    (
        "Why is the creative director against television ads for the bikes?",
        "t_pitch_bicycle_brand",
        ["I've said it before,"],
    ),
    (
        "Why might the client argue about leaving out TV?",
        "t_pitch_bicycle_brand",
        ["Their marketing director came"],
    ),
    # t_pitch_cheese_debrief
    (
        "Which agency beat them to the cheese account?",
        "t_pitch_cheese_debrief",
        ["It went to Brightwater."],
    ),
    (
        "Why did the cheese maker choose the other agency?",
        "t_pitch_cheese_debrief",
        ["The client said it"],
    ),
    (
        "How did the two agencies' fees compare?",
        "t_pitch_cheese_debrief",
        ["Their fee was about", "Ours was 110."],
    ),
    (
        "What did the cheese client particularly like in the losing pitch?",
        "t_pitch_cheese_debrief",
        ["They loved the line"],
    ),
    (
        "By how much did the cheese presentation overrun?",
        "t_pitch_cheese_debrief",
        ["They thought our presentation"],
    ),
    (
        "Why were there no slides on measuring results?",
        "t_pitch_cheese_debrief",
        ["I cut the measurement"],
    ),
    (
        "What lesson did the team lead take from losing?",
        "t_pitch_cheese_debrief",
        ["Look, the lesson isn't", "It's to rehearse with"],
    ),
    (
        "Where could the rejected cheese idea be used again?",
        "t_pitch_cheese_debrief",
        ["But the slow craft"],
    ),
    (
        "What research is planned before the brewery pitch?",
        "t_pitch_cheese_debrief",
        ["Book two focus groups"],
    ),
    # t_sitcom_writers_room
    (
        "How does episode four of the sitcom finish?",
        "t_sitcom_writers_room",
        ["We know the ending:"],
    ),
    (
        "What was the first idea for the sitcom's second act?",
        "t_sitcom_writers_room",
        ["Act two is him"],
    ),
    (
        "Who did the junior writer suggest the caravan buyer should be?",
        "t_sitcom_writers_room",
        ["Her yoga teacher.", "Dennis has to sit"],
    ),
    (
        "Which detail from the magistrate idea survives?",
        "t_sitcom_writers_room",
        ["I like the purple.", "We can still use"],
    ),
    (
        "Why was Gran's pub quiz storyline turned down?",
        "t_sitcom_writers_room",
        ["We did a quiz", "Network notes said no"],
    ),
    (
        "Why does Gran want the library to take the book away?",
        "t_sitcom_writers_room",
        ["Because it's about her,"],
    ),
    (
        "How long is the sitcom script compared with the required running time?",
        "t_sitcom_writers_room",
        ["We're at about 26"],
    ),
    (
        "Which scene did the writer suggest cutting to save time?",
        "t_sitcom_writers_room",
        ["Cut the opening at"],
    ),
    # t_sketch_writers_room
    (
        "How many sketches have been written, and how many can go in the show?",
        "t_sketch_writers_room",
        ["We've got eleven sketches"],
    ),
    (
        "Why does the performer want to keep the weather sketch?",
        "t_sketch_writers_room",
        ["That got the biggest"],
    ),
    (
        "What's the producer's problem with the forecaster sketch?",
        "t_sketch_writers_room",
        ["It did at the"],
    ),
    (
        "How does the writer plan to shorten the forecaster piece?",
        "t_sketch_writers_room",
        ["Lose the second map"],
    ),
    (
        "How short does the weather sketch need to be to survive?",
        "t_sketch_writers_room",
        ["If you can get"],
    ),
    (
        "Why is the knitting circle sketch being dropped?",
        "t_sketch_writers_room",
        ["The audience at the last"],
    ),
    ("Why is the airport sketch gone for good?", "t_sketch_writers_room", ["It's too close to"]),
    (
        "Why does the show open with the vet sketch?",
        "t_sketch_writers_room",
        ["Starting with an animal"],
    ),
    (
        "How big is the studio audience for the recording?",
        "t_sketch_writers_room",
        ["The audience at Saturday's"],
    ),
]
