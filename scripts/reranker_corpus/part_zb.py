"""Conversations about running tourism businesses, with paraphrased questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "zb_campsite_pods": {
        "turns": [
            (
                "host",
                "Welcome back to Small Trade Talk. Today I'm with Maggie Rowe, who runs a twelve acre campsite near Combe Martin in north Devon. Maggie, how long have you had the place?",
            ),
            (
                "guest",
                "Since the spring of 2014. My husband and I bought it from a retired farmer who'd let tents on two fields for decades.",
            ),
            ("host", "And it was just tents back then?"),
            (
                "guest",
                "Tents and a handful of caravan pitches. We had 40 pitches in total and one shower block that was frankly held together with hope.",
            ),
            ("host", "So what changed?"),
            (
                "guest",
                "It was the weather, mostly. We'd lose whole weekends in May and September because nobody wants to pitch a tent in sideways rain. So in 2019 we put in wooden camping pods.",
            ),
            ("host", "How many did you start with?"),
            (
                "guest",
                "Four. Each one cost about £9,000 fitted, with a little heater and a double mattress, and the planning application took another five months.",
            ),
            ("host", "That's quite a wait."),
            (
                "guest",
                "It was. The council worried about the view from the coast path, so we had to plant a hedge of hawthorn and hazel along the top field first.",
            ),
            ("host", "Did the pods pay off?"),
            (
                "guest",
                "Faster than I expected, honestly. They were booked for 80% of nights in the first year, even in October, and they paid for themselves inside three seasons.",
            ),
            ("host", "I'd have guessed families were the main customers."),
            (
                "guest",
                "That's what we thought too, but it's mostly couples and walkers doing the coast path. Families still prefer the tent fields because the kids can run about.",
            ),
            ("host", "Any regrets?"),
            (
                "guest",
                "Only one. We didn't put kitchens in, and people kept cooking inside on little gas stoves, which is a real fire risk. We've since built a shared cooking shelter next to the pods.",
            ),
            ("host", "Would you add more?"),
            (
                "guest",
                "Two more next spring, but that's the limit. I don't want the site to feel like a holiday park.",
            ),
            ("host", "Maggie Rowe, thank you."),
            ("guest", "Thanks for having me."),
        ],
    },
    "zb_campsite_yurts": {
        "turns": [
            (
                "advisor",
                "Right, Owen, Carys, thanks for making time. You said on the phone you want to talk about the yurts at Brackenfell. Where are you up to with them?",
            ),
            (
                "owner",
                "We've got three up now, on the lower meadow by the beck. They went up last June.",
            ),
            ("advisor", "And the numbers?"),
            (
                "owner",
                "Mixed, to be honest. Summer was full, but from November to February we had maybe six bookings in total.",
            ),
            (
                "sister",
                "Which is why I keep saying we need proper insulation. The canvas ones are lovely in July and miserable in January.",
            ),
            ("advisor", "What did they cost you originally?"),
            (
                "owner",
                "Around £14,000 each with the wood burners and the decking. We took out a loan of £35,000 and covered the rest from savings.",
            ),
            ("advisor", "Okay. And Carys, you've been pushing for hot tubs, is that right?"),
            ("sister", "I was, yes, but I've changed my mind."),
            ("advisor", "Why's that?"),
            (
                "sister",
                "Two of the neighbours complained about noise late at night even without them, and the water company wanted a fortune for the extra supply. I priced it at over £20,000 for three tubs.",
            ),
            ("advisor", "That's a lot for something you'd only use half the year."),
            ("owner", "Exactly."),
            (
                "advisor",
                "Here's what I'd suggest. Close the yurts from December to the end of February, and use that time to fit insulated liners. They're about £1,800 per yurt.",
            ),
            ("owner", "That's much cheaper than I feared."),
            (
                "sister",
                "And we could open them back up for the Easter holidays, which is when the walkers arrive anyway.",
            ),
            (
                "advisor",
                "Right. And put a quiet hours rule in the booking terms, from ten at night. That should settle the neighbours.",
            ),
            ("owner", "I'll draft that this week."),
            ("advisor", "Good. Let's speak again in March."),
        ],
    },
    "zb_holiday_let_changeover": {
        "turns": [
            (
                "caller",
                "Hi, it's Sandra Hale, I own Trewen Cottage in Padstow. You manage the changeovers for me.",
            ),
            ("agent", "Hi Sandra, yes, I've got your account up. What can I help with?"),
            (
                "caller",
                "I've had two complaints in a row. The guests who arrived on Saturday found sand in the beds and the dishwasher still full.",
            ),
            (
                "agent",
                "I'm really sorry. Saturday was our busiest day of the year, we turned over 63 properties with eleven cleaners.",
            ),
            (
                "caller",
                "I understand it's busy, but they left a one star review, and that hurts bookings for months.",
            ),
            ("agent", "Of course. Which was the second complaint?"),
            (
                "caller",
                "The week before. The hot tub hadn't been drained, and the water test showed the chlorine was far too low.",
            ),
            (
                "agent",
                "Right. That one I can explain. Our hot tub technician was off sick, and the cover was on, so the cleaner assumed it had been done.",
            ),
            ("caller", "That's not really good enough, is it?"),
            (
                "agent",
                "No, it isn't. Here's what I'll do. I'll refund both changeover fees, that's £95 each. I'll also send our supervisor to check the cottage before your next arrival on Friday.",
            ),
            ("caller", "Thank you. And can you do anything about the review?"),
            (
                "agent",
                "We can't remove it, but I'd suggest you reply publicly and say what's been fixed. Guests read the replies more than people think.",
            ),
            ("caller", "Okay. Should I be moving my changeover day away from Saturday?"),
            (
                "agent",
                "Honestly, yes, I would. Owners who switched to Friday or Monday changeovers had far fewer problems last summer, and they often got longer stays too.",
            ),
            ("caller", "Fine, I'll try Fridays from September."),
            ("agent", "Good. I'll email you the refund confirmation today."),
            ("caller", "Thanks."),
        ],
    },
    "zb_holiday_let_party_damage": {
        "turns": [
            (
                "host",
                "This is Let Well, the podcast for holiday let owners. With me are Raj and Helen Patel, who run two flats above a former chandlery in Whitby. Welcome both.",
            ),
            ("raj", "Thanks, good to be here."),
            ("helen", "Hello."),
            ("host", "You do everything yourselves, don't you? No agency."),
            (
                "helen",
                "Everything. I do the cleaning and the laundry, Raj does the bookings and the fixing.",
            ),
            ("host", "Why not hand it over?"),
            (
                "raj",
                "We tried an agency in our first year, 2021, and they took 22% of every booking. On two small flats that was more than we earned ourselves.",
            ),
            ("host", "Ouch. Now, you had a bad experience last Halloween, I think."),
            (
                "helen",
                "The goth weekend. We love it normally, but one group booked the bigger flat for four people and turned up with eleven.",
            ),
            ("host", "What happened?"),
            (
                "helen",
                "A broken sofa bed, red wine on the carpet, and the downstairs neighbour called the police at two in the morning.",
            ),
            ("raj", "The repairs came to about £1,400, and we'd only taken a £200 deposit."),
            ("host", "Did you get the rest back?"),
            (
                "raj",
                "Some of it. The booking platform's damage scheme paid £650 after about seven weeks of emails.",
            ),
            ("host", "So what have you changed?"),
            (
                "helen",
                "Three things, really. A minimum stay of three nights on festival weekends, a £500 deposit, and a little noise sensor in the living room that alerts Raj's phone.",
            ),
            ("host", "Doesn't the sensor put guests off?"),
            (
                "raj",
                "It's only decibels, no recording, and we say so in the listing. Nobody has complained yet.",
            ),
            ("host", "Would you buy a third flat?"),
            (
                "helen",
                "No. Raj would, but I think two is our limit while we're still doing the cleaning.",
            ),
            ("raj", "She's right, I'm outvoted."),
        ],
    },
    "zb_walking_tour_tips": {
        "turns": [
            (
                "host",
                "My guest today runs free walking tours around Edinburgh's Old Town. Fiona, free sounds like a tough way to make a living.",
            ),
            (
                "guest",
                "It's not really free. It's pay what you want at the end, and most people are generous if the tour was good.",
            ),
            ("host", "What's a typical tip?"),
            (
                "guest",
                "About £12 a head on average. In August, during the festival, it goes up to nearly 18, because people are in a holiday mood.",
            ),
            ("host", "And how many people on a walk?"),
            (
                "guest",
                "I cap it at 25. Above that, people at the back can't hear and they tip less.",
            ),
            ("host", "Interesting. Do you pay anything to the company that lists your tours?"),
            (
                "guest",
                "Yes, and that's the part people don't know. The platform charges me £3 for every person who books, whether or not they show up.",
            ),
            ("host", "Even the no-shows?"),
            (
                "guest",
                "Even the no-shows. On a rainy day maybe a third don't turn up, so I can actually lose money.",
            ),
            ("host", "So why not switch to paid tickets?"),
            (
                "guest",
                "I tried it in 2022, at £15 a ticket. Bookings halved, and the people who did come were quieter, more like an audience than a group.",
            ),
            ("host", "What's the route?"),
            (
                "guest",
                "Two hours from the Mercat Cross, down to the Grassmarket, up through Greyfriars, and finishing at the castle esplanade.",
            ),
            ("host", "Any tips for someone starting out?"),
            (
                "guest",
                "Learn to project your voice without shouting. I had a sore throat most of my first summer. And don't memorise a script, tell the stories you actually find funny.",
            ),
            ("host", "Fiona, thank you."),
            ("guest", "My pleasure."),
        ],
    },
    "zb_walking_tour_ghost": {
        "turns": [
            (
                "host",
                "It's dark by half four now, which means ghost walk season in York. Declan Moss has been leading one for nine years. Declan, how did you start?",
            ),
            (
                "guide",
                "By accident. I was an actor between jobs, and a friend who ran a tour broke his leg in October 2015. I covered for him and never stopped.",
            ),
            ("host", "Do you believe in ghosts?"),
            (
                "guide",
                "Honestly, no, I don't. But I believe in good stories, and York has more than enough of those.",
            ),
            ("host", "What does a ticket cost?"),
            (
                "guide",
                "Eight pounds for adults, five for children. We don't book ahead, you just turn up at the Minster's west door at seven.",
            ),
            ("host", "No online booking at all?"),
            (
                "guide",
                "We tried it through one of the big sites for a summer. They took 25% commission and people booked and didn't come, so we stopped.",
            ),
            ("host", "And how many people would you get on a good night?"),
            (
                "guide",
                "On a Friday in late October, sometimes 60. That's too many really, so my partner Anna takes half of them on a different route.",
            ),
            ("host", "Are the stories true?"),
            (
                "guide",
                "Mostly based on real records, the plague years, the old jail, the Roman soldiers under the Treasurer's House. I do add a bit of colour.",
            ),
            ("host", "Have you ever had anything strange happen?"),
            (
                "guide",
                "Once. A woman fainted in a narrow lane called Mad Alice Lane. It turned out she'd skipped dinner, but the group didn't know that and half of them screamed.",
            ),
            ("host", "Brilliant. And what's the hardest part of the job?"),
            (
                "guide",
                "The weather, and the hecklers. A stag party once followed us for twenty minutes making wolf noises.",
            ),
            ("host", "Declan Moss, thank you."),
            ("guide", "Thanks for having me on."),
        ],
    },
    "zb_cruise_crew_galley": {
        "turns": [
            (
                "host",
                "Today on Working Away we're talking to Marco Santos, a sous chef on a cruise ship with about 3,000 passengers. Marco, what's a contract like?",
            ),
            (
                "guest",
                "Mine are eight months on, then two months at home in Cebu. That's normal for the galley.",
            ),
            ("host", "Eight months without a day off?"),
            (
                "guest",
                "Without a full day off, yes. We get a few hours in port sometimes, if the menu allows it.",
            ),
            ("host", "How many of you in the kitchen?"),
            (
                "guest",
                "About 140 cooks across all the restaurants. I'm responsible for the main dining room, which serves roughly 2,000 dinners a night in two sittings.",
            ),
            ("host", "Two thousand a night. How is that even possible?"),
            (
                "guest",
                "Preparation. We start the sauces and stocks at five in the morning, and every dish is plated on a line, like a factory, with one person doing just the garnish.",
            ),
            ("host", "Where do you sleep?"),
            (
                "guest",
                "A cabin below the waterline, shared with one other chef. No window. You stop noticing after the first month.",
            ),
            ("host", "And the money?"),
            (
                "guest",
                "Much better than at home. I send most of it to my family, and it paid for my sister's nursing degree.",
            ),
            ("host", "What's the hardest part?"),
            (
                "guest",
                "Missing things. I missed my daughter's first steps in 2019, I watched them on a video call from Alaska.",
            ),
            ("host", "Would you ever stop?"),
            (
                "guest",
                "Maybe in three years. I want to open a small restaurant in Cebu, serving the food my grandmother cooked, not buffet food.",
            ),
            ("host", "Marco, thank you."),
            ("guest", "Thank you."),
        ],
    },
    "zb_cruise_crew_singer": {
        "turns": [
            (
                "host",
                "Welcome back. Lena Kowalski has spent seven years as a singer in the production cast on cruise ships. Lena, how do you get a job like that?",
            ),
            (
                "guest",
                "Auditions, usually in London or Hamburg. I sang two songs and did a dance call, and they offered me a six month contract the same week.",
            ),
            ("host", "Six months, so shorter than the crew in the kitchens?"),
            (
                "guest",
                "Much shorter, and we get more free time. We perform maybe four nights a week, two shows a night.",
            ),
            ("host", "What do you do the rest of the time?"),
            (
                "guest",
                "Rehearse, mostly. And go ashore. I've been to Bergen more times than I can count.",
            ),
            ("host", "Is there a cabin with a view?"),
            (
                "guest",
                "Not at first. My first contract I shared a cabin with a dancer on deck two. Now I'm a lead singer, I get a single cabin with a porthole.",
            ),
            ("host", "Is it as glamorous as it sounds?"),
            (
                "guest",
                "Not when the sea is rough. I once sang a whole ballad while the stage tilted, holding onto the piano. Two dancers were sick in the wings.",
            ),
            ("host", "And the social side?"),
            (
                "guest",
                "There's a crew bar where drinks cost about £2, which is dangerous. Most friendships last exactly one contract.",
            ),
            ("host", "You met your husband on board, though."),
            (
                "guest",
                "I did, he was a bass player in the show band. We married in 2020 and now we ask for the same ship.",
            ),
            ("host", "Does the company agree?"),
            (
                "guest",
                "Usually, but not always. Last year they split us for four months, he was in the Caribbean and I was in Norway.",
            ),
            ("host", "Would you recommend it?"),
            (
                "guest",
                "For a few years, yes. Save your money, because there's almost nothing to spend it on, and then decide.",
            ),
        ],
    },
    "zb_ski_instructor_austria": {
        "turns": [
            (
                "host",
                "Tom Eccles has just finished his fifth winter teaching skiing in Obergurgl, in the Austrian Tyrol. Tom, how did you qualify?",
            ),
            (
                "guest",
                "I did a ten week instructor course in Canada when I was 19. It cost about £11,000 including flights, which my parents still remind me about.",
            ),
            ("host", "And that's enough to teach in Austria?"),
            (
                "guest",
                "No, that's the catch. My first qualification only let me teach beginners on the nursery slopes. To teach properly in Austria you need a higher level, and that took me three more seasons.",
            ),
            ("host", "What was the hardest part of the higher exam?"),
            (
                "guest",
                "The race test. You have to ski a giant slalom within a set time of a pacesetter, and I failed it twice by less than a second.",
            ),
            ("host", "Painful. What's a working day like?"),
            (
                "guest",
                "Lessons from ten till half three, with an hour for lunch. Groups of up to eight, mostly British and Dutch families.",
            ),
            ("host", "And pay?"),
            (
                "guest",
                "I'm paid by the hour, about 20 euros, and only when I teach. If it doesn't snow at Christmas, I don't earn.",
            ),
            ("host", "Tips?"),
            (
                "guest",
                "Some. The Dutch tip less than the British, but they book again every year, so it evens out.",
            ),
            ("host", "Where do you live?"),
            (
                "guest",
                "Staff housing above a hotel, four of us sharing two rooms. The rent comes out of our wages.",
            ),
            ("host", "And in summer?"),
            (
                "guest",
                "I work as a mountain bike guide in Wales. The plan is to do one more winter and then start a ski school of my own with two friends.",
            ),
            ("host", "Tom, good luck with it."),
            ("guest", "Cheers."),
        ],
    },
    "zb_ski_instructor_canada": {
        "turns": [
            ("agent", "Good morning, Sunshine Peaks Snowsports recruitment, this is Darren."),
            (
                "caller",
                "Hi, my name's Jess Whitfield, I'm calling about the instructor jobs in Banff for this winter.",
            ),
            ("agent", "Great. Do you have a qualification already?"),
            ("caller", "I passed my first level in Scotland last March, at Cairngorm."),
            ("agent", "Perfect, we can accept that. Are you a skier or a snowboarder?"),
            ("caller", "Snowboarder. Is that a problem?"),
            (
                "agent",
                "Not at all, we're actually short of snowboard instructors this year. We've got 30 ski vacancies and only 12 for snowboard, but far fewer people apply for those.",
            ),
            ("caller", "What about the visa?"),
            (
                "agent",
                "You'll need a working holiday permit. Apply now, because last year some people waited over ten weeks for theirs.",
            ),
            ("caller", "And the pay, roughly?"),
            (
                "agent",
                "Nineteen Canadian dollars an hour to start, and we guarantee 30 hours a week from mid December, snow or not.",
            ),
            ("caller", "Oh, that's better than I expected. Is there housing?"),
            (
                "agent",
                "Yes, in staff accommodation in Canmore, with a bus up to the resort. It's 600 dollars a month for a shared room.",
            ),
            ("caller", "Do I need to bring my own board?"),
            (
                "agent",
                "You'll get a free season pass and a discount at the rental shop, but most instructors bring their own kit.",
            ),
            ("caller", "When would the season start?"),
            (
                "agent",
                "Training week starts on the 1st of December, and the contract runs until mid April.",
            ),
            ("caller", "Great. How do I apply?"),
            (
                "agent",
                "I'll email you the form. Send it back with a video of you riding, two minutes is plenty.",
            ),
            ("caller", "Brilliant, thanks Darren."),
        ],
    },
    "zb_hostel_chapel": {
        "turns": [
            (
                "host",
                "We're sitting in the common room of what used to be a Methodist chapel in Betws-y-Coed. Gwen Parry turned it into a 32 bed hostel. Gwen, when did you buy it?",
            ),
            (
                "gwen",
                "In 2017, at auction, for £185,000. It had been empty for eleven years and pigeons were living in the organ loft.",
            ),
            ("host", "And Dai, you did the building work."),
            (
                "dai",
                "I did. The biggest job was the floor. We put in a mezzanine so we could fit two levels of dorms without touching the windows.",
            ),
            ("host", "Why not touch the windows?"),
            (
                "dai",
                "It's a listed building. The conservation officer wouldn't let us replace the stained glass, so we fitted secondary glazing on the inside.",
            ),
            ("host", "How long did the conversion take?"),
            ("gwen", "We planned for a year. It took two and a half, mostly because of the bats."),
            ("host", "Bats?"),
            (
                "gwen",
                "Pipistrelles in the roof. We could only work up there between October and March, when they weren't roosting.",
            ),
            ("host", "What does a bed cost?"),
            (
                "gwen",
                "£28 in a dorm, £75 for one of the two private rooms. The privates sell out first, every time.",
            ),
            ("host", "Who stays?"),
            (
                "gwen",
                "Climbers, mostly, and people walking up Snowdon. In winter we get a lot of outdoor centres bringing school groups.",
            ),
            (
                "dai",
                "Which is why the drying room matters more than anything. I'd have made it twice the size if Gwen had let me.",
            ),
            ("gwen", "And lost four beds? No thank you."),
            ("host", "Any advice for someone thinking of doing the same?"),
            ("gwen", "Get a bat survey done before you bid, not after."),
        ],
    },
    "zb_hostel_warehouse": {
        "turns": [
            (
                "host",
                "Callum Reid opened the Bonded Store Hostel in Leith three summers ago, in an old whisky warehouse. Callum, why a warehouse?",
            ),
            (
                "guest",
                "Big open floors and thick walls. You can fit a lot of beds in and nobody hears the snoring next door.",
            ),
            ("host", "How many beds?"),
            ("guest", "96 now. We opened with 60 and added the top floor last year."),
            ("host", "What did the fire officer make of it?"),
            (
                "guest",
                "That was the hardest part by far. We needed a second staircase on the outside of the building, which cost £140,000 on its own. It nearly sank the project.",
            ),
            ("host", "How did you pay for it?"),
            (
                "guest",
                "A loan from my uncle, and a crowdfunder where people got free nights in return. We raised 38,000 that way.",
            ),
            ("host", "Clever. And what's your busiest time?"),
            (
                "guest",
                "August, with the festival. Beds go for £55 a night then, compared with about 22 in February.",
            ),
            ("host", "That's a big difference."),
            (
                "guest",
                "It is, and people complain on review sites, but the February price barely covers the heating.",
            ),
            ("host", "Who are your guests?"),
            (
                "guest",
                "Fewer backpackers than I expected. Loads of musicians on tour, and cyclists coming off the coast route.",
            ),
            ("host", "Any problems you didn't see coming?"),
            (
                "guest",
                "Bed bugs, in our second year. One guest brought them in a rucksack. We shut a whole floor for nine days and heat treated it.",
            ),
            ("host", "How much did that cost?"),
            (
                "guest",
                "About £6,000 in treatment and lost bookings. Now every rucksack goes in a locker, never on the bed.",
            ),
            ("host", "Callum, thanks."),
            ("guest", "Cheers."),
        ],
    },
    "zb_travel_agent_refund": {
        "turns": [
            ("agent", "Hello, Greenway Travel, Priya speaking."),
            (
                "caller",
                "Hi, it's Martin Doyle. You booked our family holiday to Crete in July, and I've just read that the tour operator has gone bust.",
            ),
            (
                "agent",
                "Yes, Mr Doyle, we heard this morning. I've got your booking here, four people, Hersonissos, departing the 14th of July.",
            ),
            ("caller", "So have we lost our money?"),
            (
                "agent",
                "No. Because it's a package with flights and hotel together, it's protected by the ATOL scheme. You'll get a full refund.",
            ),
            ("caller", "All of it? We paid £4,860."),
            (
                "agent",
                "All of it, though it goes through the scheme, not through us, and it can take up to eight weeks.",
            ),
            ("caller", "Eight weeks. Can we rebook now, though? The kids are counting on it."),
            (
                "agent",
                "We can, but you'd be paying again before the refund arrives. I've found something similar with a different operator, same resort, for £5,120.",
            ),
            ("caller", "That's more."),
            (
                "agent",
                "It is, prices have gone up because everyone from that operator is rebooking at once. If you wait a week, they might settle, but the good hotels could fill up.",
            ),
            ("caller", "What would you do?"),
            (
                "agent",
                "Honestly, with three children's school holidays fixed, I'd book today. The difference is £260, which is less than it might be next week.",
            ),
            ("caller", "Hang on, it's only two kids, not three."),
            (
                "agent",
                "Sorry, my mistake, two children. The price I quoted is for four people, so that's right.",
            ),
            ("caller", "Okay. Book it, and send me the details of the refund claim."),
            (
                "agent",
                "I will. You'll get an email within the hour with the claim form and the new confirmation.",
            ),
        ],
    },
    "zb_travel_agent_rebooking": {
        "turns": [
            ("agent", "Morning, Atlas Holidays, you're through to Ben."),
            (
                "caller",
                "Hi Ben, it's Louise Carter. I got an email saying our flight to the Azores has been changed, and I can't make sense of it.",
            ),
            (
                "agent",
                "Let me look. Booking for two, Ponta Delgada, outbound on the 3rd of May. Right, the airline has cancelled the direct flight from Gatwick.",
            ),
            ("caller", "So how do we get there?"),
            (
                "agent",
                "They've put you on a connection through Lisbon instead, arriving at ten past eleven at night rather than lunchtime.",
            ),
            (
                "caller",
                "That's half a day of our holiday gone. And we've got a whale watching trip booked for the next morning at eight.",
            ),
            (
                "agent",
                "I understand. You have three options. You can accept the change, you can cancel for a full refund, or I can look at other dates.",
            ),
            ("caller", "What about flying a day earlier?"),
            (
                "agent",
                "One moment. There's a direct flight on the 2nd of May, but the hotel only has a sea view room free that night, at £95 extra.",
            ),
            ("partner", "Louise, just take it. We'll be on time for the whales."),
            (
                "caller",
                "Tom thinks we should take it. Could the airline pay for that night, since it's their fault?",
            ),
            (
                "agent",
                "They won't pay for the hotel, I'm afraid, but because they changed the schedule by more than five hours, I can ask them to waive the fare difference on the earlier flight.",
            ),
            ("caller", "Is there a fare difference?"),
            (
                "agent",
                "There would be, 70 pounds each. If they waive it, you'd just pay the £95 for the room.",
            ),
            ("caller", "Fine, let's do that."),
            ("agent", "I'll request the waiver now and call you back by four o'clock."),
            ("caller", "Perfect, thank you."),
        ],
    },
}

QUESTIONS = [
    # zb_campsite_pods
    (
        "When did Maggie and her husband take over the Devon campsite?",
        "zb_campsite_pods",
        ["Since the spring of"],
    ),
    (
        "How many pitches did the north Devon site have before the pods?",
        "zb_campsite_pods",
        ["We had 40 pitches"],
    ),
    (
        "Why did Maggie decide to put pods on her campsite?",
        "zb_campsite_pods",
        ["It was the weather", "We'd lose whole weekends"],
    ),
    (
        "What was the price of each pod once it was installed?",
        "zb_campsite_pods",
        ["Each one cost about"],
    ),
    (
        "What was the council's concern about the pods near Combe Martin?",
        "zb_campsite_pods",
        ["The council worried about"],
    ),
    (
        "How quickly did the camping pods earn back what they cost?",
        "zb_campsite_pods",
        ["They were booked for"],
    ),
    (
        "Who actually books the pods at Maggie's site, if not families?",
        "zb_campsite_pods",
        ["That's what we thought"],
    ),
    (
        "What safety problem came from leaving kitchens out of the pods?",
        "zb_campsite_pods",
        ["We didn't put kitchens"],
    ),
    (
        "How many extra pods is the Devon campsite planning to add?",
        "zb_campsite_pods",
        ["Two more next spring"],
    ),
    # zb_campsite_yurts
    (
        "How many yurts are at Brackenfell and where do they stand?",
        "zb_campsite_yurts",
        ["We've got three up"],
    ),
    ("When were the Brackenfell yurts put up?", "zb_campsite_yurts", ["They went up last"]),
    ("How many winter bookings did the yurts get?", "zb_campsite_yurts", ["Summer was full, but"]),
    ("How did Owen fund buying the yurts?", "zb_campsite_yurts", ["We took out a"]),
    ("Why did Carys go off the idea of hot tubs?", "zb_campsite_yurts", ["Two of the neighbours"]),
    (
        "What would three hot tubs have cost at Brackenfell?",
        "zb_campsite_yurts",
        ["I priced it at"],
    ),
    (
        "How much are the insulated linings for each yurt?",
        "zb_campsite_yurts",
        ["They're about £1,800 per"],
    ),
    (
        "When does Carys want to reopen the yurts after the winter closure?",
        "zb_campsite_yurts",
        ["And we could open"],
    ),
    (
        "What did the advisor recommend to keep the neighbours at Brackenfell happy?",
        "zb_campsite_yurts",
        ["And put a quiet"],
    ),
    # zb_holiday_let_changeover
    (
        "What did the Saturday guests at Trewen Cottage find when they got there?",
        "zb_holiday_let_changeover",
        ["The guests who arrived"],
    ),
    (
        "How many holiday homes did the cleaning company turn around on that Saturday?",
        "zb_holiday_let_changeover",
        ["Saturday was our busiest"],
    ),
    (
        "Why does Sandra worry so much about one bad review?",
        "zb_holiday_let_changeover",
        ["I understand it's busy"],
    ),
    (
        "What was wrong with the hot tub water at the Padstow cottage?",
        "zb_holiday_let_changeover",
        ["The hot tub hadn't"],
    ),
    (
        "Why had nobody emptied the hot tub?",
        "zb_holiday_let_changeover",
        ["Our hot tub technician"],
    ),
    (
        "How much money is Sandra getting back for the bad changeovers?",
        "zb_holiday_let_changeover",
        ["I'll refund both changeover"],
    ),
    (
        "Who will inspect Trewen Cottage before the next guests?",
        "zb_holiday_let_changeover",
        ["I'll also send our"],
    ),
    (
        "What should Sandra do about the negative review, according to the agent?",
        "zb_holiday_let_changeover",
        ["We can't remove it"],
    ),
    (
        "Why did the agent think switching away from Saturday changeovers was a good idea?",
        "zb_holiday_let_changeover",
        ["Owners who switched to"],
    ),
    (
        "From when will Sandra change over on Fridays?",
        "zb_holiday_let_changeover",
        ["Fine, I'll try Fridays"],
    ),
    # zb_holiday_let_party_damage
    (
        "Who does the cleaning at the Whitby holiday flats?",
        "zb_holiday_let_party_damage",
        ["I do the cleaning"],
    ),
    (
        "Why did the Patels stop using a letting agency?",
        "zb_holiday_let_party_damage",
        ["We tried an agency"],
    ),
    (
        "How many people turned up at the Whitby flat over Halloween?",
        "zb_holiday_let_party_damage",
        ["We love it normally"],
    ),
    (
        "What damage did the Halloween group cause?",
        "zb_holiday_let_party_damage",
        ["A broken sofa bed"],
    ),
    (
        "How did the repair bill compare with the deposit the Patels held?",
        "zb_holiday_let_party_damage",
        ["The repairs came to"],
    ),
    (
        "How much did the booking site's damage cover eventually pay?",
        "zb_holiday_let_party_damage",
        ["The booking platform's damage"],
    ),
    (
        "What new rules did Raj and Helen bring in after the party?",
        "zb_holiday_let_party_damage",
        ["A minimum stay of"],
    ),
    (
        "Does the noise monitor in the Whitby flat record what guests say?",
        "zb_holiday_let_party_damage",
        ["It's only decibels, no"],
    ),
    (
        "Which of the couple wants a third flat, and who is against it?",
        "zb_holiday_let_party_damage",
        ["Raj would, but I"],
    ),
    # zb_walking_tour_tips
    (
        "How much do people usually give at the end of Fiona's Old Town tour?",
        "zb_walking_tour_tips",
        ["About £12 a head"],
    ),
    (
        "When do the tips on the Edinburgh walks go up?",
        "zb_walking_tour_tips",
        ["In August, during the"],
    ),
    ("What is the largest group Fiona will take?", "zb_walking_tour_tips", ["I cap it at"]),
    (
        "Why does the Edinburgh guide keep her groups small?",
        "zb_walking_tour_tips",
        ["Above that, people at"],
    ),
    (
        "What fee does the listing website take from Fiona?",
        "zb_walking_tour_tips",
        ["The platform charges me"],
    ),
    ("How can bad weather make Fiona lose money?", "zb_walking_tour_tips", ["On a rainy day"]),
    (
        "What went wrong when Fiona tried selling tickets for her tour?",
        "zb_walking_tour_tips",
        ["Bookings halved, and the"],
    ),
    (
        "Where does the free Old Town walk begin and end?",
        "zb_walking_tour_tips",
        ["Two hours from the"],
    ),
    (
        "What advice does Fiona have for new tour guides?",
        "zb_walking_tour_tips",
        ["Learn to project your", "And don't memorise a"],
    ),
    # zb_walking_tour_ghost
    ("How did Declan get into running ghost walks?", "zb_walking_tour_ghost", ["I was an actor"]),
    (
        "Does the York ghost walk guide think ghosts are real?",
        "zb_walking_tour_ghost",
        ["Honestly, no, I don't."],
    ),
    (
        "What are the ticket prices for the York ghost walk?",
        "zb_walking_tour_ghost",
        ["Eight pounds for adults"],
    ),
    (
        "Where do people meet for the ghost walk, and at what time?",
        "zb_walking_tour_ghost",
        ["We don't book ahead"],
    ),
    (
        "Why did the ghost walk give up on online bookings?",
        "zb_walking_tour_ghost",
        ["They took 25% commission"],
    ),
    (
        "What do they do when too many people come on a busy night?",
        "zb_walking_tour_ghost",
        ["That's too many really"],
    ),
    (
        "Are Declan's ghost stories based on history?",
        "zb_walking_tour_ghost",
        ["Mostly based on real"],
    ),
    (
        "Why did the woman collapse on the ghost tour?",
        "zb_walking_tour_ghost",
        ["It turned out she'd"],
    ),
    (
        "What does Declan find hardest about the job?",
        "zb_walking_tour_ghost",
        ["The weather, and the"],
    ),
    # zb_cruise_crew_galley
    (
        "How long are Marco's contracts on the ship?",
        "zb_cruise_crew_galley",
        ["Mine are eight months"],
    ),
    (
        "Does the sous chef ever get a day off on board?",
        "zb_cruise_crew_galley",
        ["Without a full day"],
    ),
    (
        "How many cooks work on the ship altogether?",
        "zb_cruise_crew_galley",
        ["About 140 cooks across"],
    ),
    (
        "How many dinners does the main dining room turn out each night?",
        "zb_cruise_crew_galley",
        ["I'm responsible for the"],
    ),
    (
        "How do the cooks manage to serve so many meals?",
        "zb_cruise_crew_galley",
        ["We start the sauces"],
    ),
    ("What is Marco's cabin like?", "zb_cruise_crew_galley", ["A cabin below the"]),
    ("What has Marco's salary paid for back home?", "zb_cruise_crew_galley", ["I send most of"]),
    (
        "What family moment did the chef miss while at sea?",
        "zb_cruise_crew_galley",
        ["I missed my daughter's"],
    ),
    (
        "What does Marco want to do after he leaves the ship?",
        "zb_cruise_crew_galley",
        ["I want to open"],
    ),
    # zb_cruise_crew_singer
    (
        "Where do cruise lines hold auditions for performers?",
        "zb_cruise_crew_singer",
        ["Auditions, usually in London"],
    ),
    (
        "How soon was Lena offered work after auditioning?",
        "zb_cruise_crew_singer",
        ["I sang two songs"],
    ),
    (
        "How often does the production cast perform?",
        "zb_cruise_crew_singer",
        ["We perform maybe four"],
    ),
    ("What kind of cabin does Lena have now?", "zb_cruise_crew_singer", ["Now I'm a lead"]),
    (
        "What happened to Lena on stage in rough weather?",
        "zb_cruise_crew_singer",
        ["I once sang a"],
    ),
    ("How cheap are drinks for the crew?", "zb_cruise_crew_singer", ["There's a crew bar"]),
    ("What did Lena's husband do on the ship?", "zb_cruise_crew_singer", ["I did, he was"]),
    (
        "Were Lena and her husband ever posted apart?",
        "zb_cruise_crew_singer",
        ["Last year they split"],
    ),
    (
        "Would Lena recommend working on cruise ships?",
        "zb_cruise_crew_singer",
        ["For a few years", "Save your money, because"],
    ),
    # zb_ski_instructor_austria
    (
        "Where did Tom do his first ski instructor course?",
        "zb_ski_instructor_austria",
        ["I did a ten"],
    ),
    (
        "How much did Tom's instructor training cost?",
        "zb_ski_instructor_austria",
        ["It cost about £11,000"],
    ),
    (
        "What was Tom allowed to teach with his first certificate?",
        "zb_ski_instructor_austria",
        ["My first qualification only"],
    ),
    (
        "How long did it take Tom to get the qualification needed for Austria?",
        "zb_ski_instructor_austria",
        ["To teach properly in"],
    ),
    (
        "Which part of the higher exam did Tom fail, and by how much?",
        "zb_ski_instructor_austria",
        ["The race test.", "You have to ski"],
    ),
    (
        "What hourly rate does Tom get in Obergurgl?",
        "zb_ski_instructor_austria",
        ["I'm paid by the"],
    ),
    (
        "How do the Dutch families compare with the British when it comes to tipping?",
        "zb_ski_instructor_austria",
        ["The Dutch tip less"],
    ),
    (
        "Where does Tom stay during the winter?",
        "zb_ski_instructor_austria",
        ["Staff housing above a"],
    ),
    ("What does Tom do when the ski season ends?", "zb_ski_instructor_austria", ["I work as a"]),
    ("What are Tom's plans for the future?", "zb_ski_instructor_austria", ["The plan is to"]),
    # zb_ski_instructor_canada
    (
        "Where did Jess get her first instructor qualification?",
        "zb_ski_instructor_canada",
        ["I passed my first"],
    ),
    (
        "Why is being a snowboarder good news for Jess?",
        "zb_ski_instructor_canada",
        ["Not at all, we're"],
    ),
    (
        "How many snowboard teaching jobs are open at Sunshine Peaks?",
        "zb_ski_instructor_canada",
        ["We've got 30 ski"],
    ),
    (
        "How long did some people wait for their Canadian work permit?",
        "zb_ski_instructor_canada",
        ["Apply now, because last"],
    ),
    (
        "What is the starting pay in Banff and how many hours are guaranteed?",
        "zb_ski_instructor_canada",
        ["Nineteen Canadian dollars an"],
    ),
    (
        "How much is a shared room in the Canmore staff housing?",
        "zb_ski_instructor_canada",
        ["It's 600 dollars a"],
    ),
    (
        "What equipment perks do the Banff instructors get?",
        "zb_ski_instructor_canada",
        ["You'll get a free"],
    ),
    (
        "When does training begin and how long does the Banff contract last?",
        "zb_ski_instructor_canada",
        ["Training week starts on"],
    ),
    (
        "What should Jess send with her application form?",
        "zb_ski_instructor_canada",
        ["Send it back with"],
    ),
    # zb_hostel_chapel
    (
        "How much did Gwen pay for the chapel, and how did she buy it?",
        "zb_hostel_chapel",
        ["In 2017, at auction"],
    ),
    (
        "What state was the chapel in before the conversion?",
        "zb_hostel_chapel",
        ["It had been empty"],
    ),
    ("How did Dai fit in extra dormitory space?", "zb_hostel_chapel", ["We put in a"]),
    (
        "Why couldn't the stained glass windows be replaced?",
        "zb_hostel_chapel",
        ["The conservation officer wouldn't"],
    ),
    ("Why did the chapel conversion run over schedule?", "zb_hostel_chapel", ["It took two and"]),
    (
        "During which months could the builders work in the chapel roof?",
        "zb_hostel_chapel",
        ["We could only work"],
    ),
    (
        "What does a private room at the Betws-y-Coed hostel cost?",
        "zb_hostel_chapel",
        ["£28 in a dorm"],
    ),
    (
        "What did Dai and Gwen disagree about in the design?",
        "zb_hostel_chapel",
        ["I'd have made it", "And lost four beds?"],
    ),
    (
        "What is Gwen's tip for anyone converting an old building?",
        "zb_hostel_chapel",
        ["Get a bat survey"],
    ),
    # zb_hostel_warehouse
    (
        "Why did Callum pick an old warehouse for his hostel?",
        "zb_hostel_warehouse",
        ["Big open floors and"],
    ),
    (
        "How many beds did the Leith hostel have when it first opened?",
        "zb_hostel_warehouse",
        ["We opened with 60"],
    ),
    (
        "What did the fire safety rules force Callum to build, and at what cost?",
        "zb_hostel_warehouse",
        ["We needed a second"],
    ),
    ("How did Callum pay for the fire escape?", "zb_hostel_warehouse", ["A loan from my"]),
    (
        "How much money came in from the crowdfunding?",
        "zb_hostel_warehouse",
        ["We raised 38,000 that"],
    ),
    (
        "What does a bed at the Bonded Store cost in the festival month compared with winter?",
        "zb_hostel_warehouse",
        ["Beds go for £55"],
    ),
    (
        "Why doesn't Callum make his winter prices any lower despite complaints?",
        "zb_hostel_warehouse",
        ["It is, and people"],
    ),
    (
        "What sort of guests stay at the Leith hostel?",
        "zb_hostel_warehouse",
        ["Fewer backpackers than I", "Loads of musicians on"],
    ),
    ("What did the hostel do when bed bugs turned up?", "zb_hostel_warehouse", ["We shut a whole"]),
    (
        "What rule did Callum bring in after the infestation?",
        "zb_hostel_warehouse",
        ["Now every rucksack goes"],
    ),
    # zb_travel_agent_refund
    (
        "Where and when is the Doyle family going in Crete?",
        "zb_travel_agent_refund",
        ["I've got your booking"],
    ),
    (
        "Why won't Martin lose his money now the operator has collapsed?",
        "zb_travel_agent_refund",
        ["Because it's a package"],
    ),
    (
        "How much had the Doyles paid for the original holiday?",
        "zb_travel_agent_refund",
        ["We paid £4,860."],
    ),
    (
        "How long could the ATOL refund take to arrive?",
        "zb_travel_agent_refund",
        ["All of it, though"],
    ),
    (
        "What replacement holiday did Priya find and at what price?",
        "zb_travel_agent_refund",
        ["I've found something similar"],
    ),
    (
        "Why has the price of the replacement trip gone up?",
        "zb_travel_agent_refund",
        ["It is, prices have"],
    ),
    (
        "What did the travel agent recommend Martin do?",
        "zb_travel_agent_refund",
        ["Honestly, with three children's"],
    ),
    (
        "How much more does the new Crete booking cost than the old one?",
        "zb_travel_agent_refund",
        ["The difference is £260"],
    ),
    (
        "What mistake did Martin correct the agent on?",
        "zb_travel_agent_refund",
        ["Hang on, it's only"],
    ),
    ("When will Martin get the claim form?", "zb_travel_agent_refund", ["You'll get an email"]),
    # zb_travel_agent_rebooking
    (
        "What did the airline cancel on Louise's Azores booking?",
        "zb_travel_agent_rebooking",
        ["Right, the airline has"],
    ),
    (
        "What time would the replacement route get the Carters to the Azores?",
        "zb_travel_agent_rebooking",
        ["They've put you on"],
    ),
    (
        "What excursion was Louise worried about missing?",
        "zb_travel_agent_rebooking",
        ["And we've got a"],
    ),
    (
        "What choices did Ben give Louise about the flight change?",
        "zb_travel_agent_rebooking",
        ["You can accept the"],
    ),
    (
        "How much extra would the hotel charge for arriving a night early?",
        "zb_travel_agent_rebooking",
        ["There's a direct flight"],
    ),
    (
        "What did Louise's partner think about going a day earlier?",
        "zb_travel_agent_rebooking",
        ["Louise, just take it."],
    ),
    (
        "Will the airline cover the extra night at the hotel?",
        "zb_travel_agent_rebooking",
        ["They won't pay for"],
    ),
    (
        "How much is the fare difference for the earlier flight?",
        "zb_travel_agent_rebooking",
        ["There would be, 70"],
    ),
    (
        "When will the Atlas agent ring Louise back?",
        "zb_travel_agent_rebooking",
        ["I'll request the waiver"],
    ),
]
